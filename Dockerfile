# TRD options: one container serves many people. Build and run:
#   docker build -t trd-options .
#   docker run -p 8501:8501 trd-options                      # then open http://localhost:8501
# With a clinic's own catalog (read-only mount; edits are picked up on the next page load):
#   docker run -p 8501:8501 -v "$PWD/clinic.yaml:/catalog/clinic.yaml:ro" \
#     -e TRD_CATALOG=/catalog/clinic.yaml trd-options
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# Dependencies first, so a code change does not reinstall them.
COPY requirements.txt ./
RUN python -m pip install -r requirements.txt

# The app runs as an unprivileged user; it writes nothing to disk.
RUN useradd --create-home --uid 10001 trd

COPY .streamlit/ .streamlit/
COPY app.py ./
COPY app_pages/ app_pages/
COPY components/ components/
COPY trd/ trd/
COPY data/ data/
COPY assets/ assets/

USER trd
EXPOSE 8501

# python:3.11-slim has no curl; ask Streamlit's own health endpoint with Python.
HEALTHCHECK --interval=30s --timeout=5s --start-period=40s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=4).status == 200 else 1)"]

# .streamlit/config.toml holds the privacy settings (no usage stats, headless, upload limit).
# Set the public host name at run time: -e STREAMLIT_BROWSER_SERVER_ADDRESS=options.example.org
CMD ["python", "-m", "streamlit", "run", "app.py", "--server.address=0.0.0.0", "--server.port=8501"]
