"""The effective Streamlit settings keep people's data private and errors out of sight."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from streamlit import config

from tests.app.harness import ROOT


@pytest.fixture
def effective_config() -> Iterator[None]:
    previous = os.getcwd()
    os.chdir(ROOT)  # Streamlit reads .streamlit/config.toml from the working folder
    try:
        config.get_config_options(force_reparse=True)
        yield
    finally:
        os.chdir(previous)
        config.get_config_options(force_reparse=True)


@pytest.mark.usefixtures("effective_config")
def test_privacy_and_safety_settings_are_in_force() -> None:
    assert config.get_option("browser.gatherUsageStats") is False
    assert config.get_option("server.enableXsrfProtection") is True
    assert config.get_option("server.maxUploadSize") == 2
    assert config.get_option("client.showErrorDetails") == "none"
    assert config.get_option("server.headless") is True
    # Named so Streamlit never asks an outside service for this machine's address.
    assert config.is_manually_set("browser.serverAddress")
