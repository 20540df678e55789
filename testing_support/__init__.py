"""What the tests and the benchmarks share: one place for each helper.

- ``paths``: the repository root, the artifacts folder, the apps below.
- ``server``: a real ``streamlit run`` on a free port, polled until healthy; Chromium's path and flags.
- ``run_watch``: the script that counts the server's "script finished" messages in each page.
- ``waits``: waiting for the app to settle (``wait_for_app``, ``wait_for_settled``, ``open_page``)
  and for the rerun an action starts (``rerun_after``), never by sleeping.
- ``locate``: an element by the widget key the code gives it (``locate(page, key)``).
- ``page_watch``: console errors and requests to other hosts, which fail a browser test.
- ``apps/``: scripts run as baselines or launchers, not imported: a bare Streamlit page with the
  app's kinds of elements (accessibility), a bare Explore (rerun benchmark), and ``streamlit``
  under an audit hook (privacy).

Import it from the repository root: pytest puts the root on ``sys.path``, and the benchmarks run
as ``python -m bench.<name>``.
"""
