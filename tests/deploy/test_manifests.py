"""compose.yaml, the Kubernetes manifests and the balancer's config agree with the app and each other.

Checked without running anything but ``haproxy -c``: every file parses; the port each one sends
to is the one the app's container listens on (Dockerfile); every probe and health check asks
Streamlit's health endpoint; stickiness, websocket timeouts and the catalog file line up.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from deploy.local import HAPROXY_CFG, LocalDeployment, haproxy_binary

ROOT = Path(__file__).resolve().parents[2]
K8S = ROOT / "deploy" / "k8s"
HEALTH = "/_stcore/health"


def container_port() -> int:
    """The port the app's image listens on: EXPOSE, the command and the HEALTHCHECK must agree."""
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    exposed = {int(port) for port in re.findall(r"^EXPOSE (\d+)$", dockerfile, re.MULTILINE)}
    served = {int(port) for port in re.findall(r"--server\.port=(\d+)", dockerfile)}
    checked = {int(port) for port in re.findall(r"127\.0\.0\.1:(\d+)" + re.escape(HEALTH), dockerfile)}
    assert len(exposed) == 1 and exposed == served == checked, (exposed, served, checked)
    return exposed.pop()


def catalog_version() -> str:
    return str(yaml.safe_load((ROOT / "data" / "treatments.yaml").read_text(encoding="utf-8"))["version"])


def k8s() -> dict[str, dict[str, Any]]:
    documents = [doc for path in sorted(K8S.glob("*.yaml")) for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")) if doc]
    by_kind = {doc["kind"]: doc for doc in documents}
    assert set(by_kind) == {"Deployment", "Service", "Ingress", "HorizontalPodAutoscaler"}, sorted(by_kind)
    return by_kind


def test_the_balancer_config_is_valid_for_this_machine_and_for_compose(tmp_path: Path) -> None:
    local = tmp_path / "local.cfg"
    local.write_text(LocalDeployment(2, replica_ports=[8601, 8602], workdir=tmp_path).haproxy_config(), encoding="utf-8")
    compose_env = {"TRD_BIND": ":8500", "TRD_APP_DNS": "app", "TRD_APP_SLOTS": "10", "TRD_COOKIE_KEY": "k", "TRD_FRAME_ANCESTORS": ""}
    local_env = {"TRD_BIND": "127.0.0.1:8500", "TRD_FRAME_ANCESTORS": "", "TRD_ADMIN_SOCKET": str(tmp_path / "admin.sock")}
    for config, env in ((local, local_env), (HAPROXY_CFG, compose_env)):
        result = subprocess.run([haproxy_binary(), "-c", "-f", str(config)], env={**os.environ, **env}, capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
    text = HAPROXY_CFG.read_text(encoding="utf-8")
    assert f"http-check send meth GET uri {HEALTH}" in text
    assert "timeout tunnel 1h" in text and "cookie TRDSERVER insert" in text
    assert f'"${{TRD_APP_DNS}}":{container_port()} check' in text


def test_compose_runs_replicas_of_the_image_behind_the_balancer_on_loopback() -> None:
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))
    app, balancer = compose["services"]["app"], compose["services"]["balancer"]
    assert app["build"] == "." and app["deploy"]["replicas"] >= 2
    assert [int(port) for port in app["expose"]] == [container_port()]
    catalog_target = app["configs"][0]["target"]
    assert app["environment"]["TRD_CATALOG"] == catalog_target
    assert compose["configs"][app["configs"][0]["source"]]["file"].endswith("data/treatments.yaml}")
    assert balancer["environment"]["TRD_APP_DNS"] == "app"
    bind_port = balancer["environment"]["TRD_BIND"].rsplit(":", 1)[1]
    assert balancer["ports"] == [f"127.0.0.1:8500:{bind_port}"]  # nothing beyond loopback unless changed on purpose
    assert balancer["volumes"] == ["./deploy/haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg:ro"]
    assert balancer["depends_on"]["app"]["condition"] == "service_healthy"


def test_kubernetes_probes_ports_and_names_agree() -> None:
    kinds = k8s()
    deployment, service, ingress, hpa = (kinds[k] for k in ("Deployment", "Service", "Ingress", "HorizontalPodAutoscaler"))
    pod = deployment["spec"]["template"]["spec"]
    (container,) = pod["containers"]
    ports = {port["name"]: port["containerPort"] for port in container["ports"]}
    assert ports == {"http": container_port()}
    for probe in ("readinessProbe", "livenessProbe", "startupProbe"):
        check = container[probe]["httpGet"]
        assert check["path"] == HEALTH and ports[check["port"]] == container_port(), probe
    assert deployment["spec"]["strategy"]["rollingUpdate"]["maxUnavailable"] == 0  # a rollout never leaves fewer replicas
    assert "preStop" in container["lifecycle"] and pod["terminationGracePeriodSeconds"] > 10

    labels = deployment["spec"]["template"]["metadata"]["labels"]
    assert service["spec"]["selector"].items() <= labels.items()
    assert [port["targetPort"] for port in service["spec"]["ports"]] == ["http"]
    backend = ingress["spec"]["rules"][0]["http"]["paths"][0]["backend"]["service"]
    assert backend["name"] == service["metadata"]["name"] and backend["port"]["name"] == service["spec"]["ports"][0]["name"]
    annotations = ingress["metadata"]["annotations"]
    assert annotations["nginx.ingress.kubernetes.io/affinity"] == "cookie"
    assert int(annotations["nginx.ingress.kubernetes.io/proxy-read-timeout"]) >= 3600
    assert int(annotations["nginx.ingress.kubernetes.io/proxy-send-timeout"]) >= 3600
    assert hpa["spec"]["scaleTargetRef"]["name"] == deployment["metadata"]["name"] and hpa["spec"]["minReplicas"] >= 2


def test_kubernetes_serves_the_catalog_from_a_configmap_named_by_its_version() -> None:
    pod = k8s()["Deployment"]["spec"]["template"]["spec"]
    (container,) = pod["containers"]
    env = {item["name"]: item["value"] for item in container["env"]}
    mount = next(m for m in container["volumeMounts"] if env["TRD_CATALOG"].startswith(m["mountPath"] + "/"))
    volume = next(v for v in pod["volumes"] if v["name"] == mount["name"])
    assert [item["path"] for item in volume["configMap"]["items"]] == [env["TRD_CATALOG"].removeprefix(mount["mountPath"] + "/")]
    assert volume["configMap"]["name"] == f"trd-catalog-{catalog_version()}"


@pytest.mark.parametrize("path", ["compose.yaml", *(f"deploy/k8s/{p.name}" for p in sorted(K8S.glob("*.yaml")))])
def test_no_manifest_opens_a_port_to_every_address_by_default(path: str) -> None:
    text = (ROOT / path).read_text(encoding="utf-8")
    assert "0.0.0.0" not in text and "hostNetwork" not in text and "NodePort" not in text and "LoadBalancer" not in text
