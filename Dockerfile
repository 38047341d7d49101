# The bot for `compose.yaml` (or any container platform): every process is `python -m bot run`.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 MPLCONFIGDIR=/tmp/matplotlib PORT=8080
WORKDIR /app
# Only what the bot needs (the build context also holds .venv, tests and databases).
COPY pyproject.toml README.md ./
COPY bot bot
COPY storage storage
COPY locales locales
# Installs the dependencies; `python -m bot` then runs from /app, where locales/ is found.
RUN pip install . && useradd --system --no-create-home bot
USER bot
EXPOSE 8080
STOPSIGNAL SIGTERM
CMD ["python", "-m", "bot", "run"]
