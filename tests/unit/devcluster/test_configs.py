from aistore.devcluster.configs import cluster_config, deep_merge, node_local_config


def test_deep_merge_changes_only_the_named_keys() -> None:
    base = {"a": {"x": 1, "y": 2}, "b": 3}
    merged = deep_merge(base, {"a": {"y": 20}, "c": 4})
    assert merged == {"a": {"x": 1, "y": 20}, "b": 3, "c": 4}
    assert base == {"a": {"x": 1, "y": 2}, "b": 3}, "the input must not be changed"


def test_cluster_config_enables_auth_only_with_a_secret() -> None:
    plain = cluster_config(primary_url="http://127.0.0.1:1")
    assert plain["auth"] == {}
    secured = cluster_config(primary_url="http://127.0.0.1:1", auth_secret="s3cret")
    assert secured["auth"]["client_auth_required"] is True
    assert secured["auth"]["signature"] == {"method": "HMAC", "key": "s3cret"}
    assert plain["proxy"]["primary_url"] == "http://127.0.0.1:1"


def test_node_config_binds_every_network_to_loopback() -> None:
    local = node_local_config(node_dir="/x", public_port=1, control_port=2, data_port=3)
    net = local["host_net"]
    assert {net["hostname"], net["hostname_intra_control"], net["hostname_intra_data"]} == {
        "127.0.0.1"
    }
    assert (net["port"], net["port_intra_control"], net["port_intra_data"]) == ("1", "2", "3")
    assert local["test_fspaths"]["root"].startswith("/x/")
