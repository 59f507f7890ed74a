"""Contains all the data models used in inputs/outputs"""

from .bck import Bck
from .bck_acl import BckACL
from .clu_acl import CluACL
from .config import Config
from .config_to_update import ConfigToUpdate
from .config_to_update_auth import ConfigToUpdateAuth
from .config_to_update_log import ConfigToUpdateLog
from .err_http import ErrHTTP
from .jwks import JWKS
from .jwks_keys_item import JWKSKeysItem
from .log_conf import LogConf
from .login_msg import LoginMsg
from .namespace import Namespace
from .net_conf import NetConf
from .net_conf_http import NetConfHttp
from .oidc_configuration import OIDCConfiguration
from .pub_key_msg import PubKeyMsg
from .registered_clusters import RegisteredClusters
from .registered_clusters_clusters import RegisteredClustersClusters
from .role import Role
from .server_conf import ServerConf
from .server_conf_db import ServerConfDb
from .server_conf_signing_key import ServerConfSigningKey
from .timeout_conf import TimeoutConf
from .token_msg import TokenMsg
from .user import User
from .user_map import UserMap

__all__ = (
    "Bck",
    "BckACL",
    "CluACL",
    "Config",
    "ConfigToUpdate",
    "ConfigToUpdateAuth",
    "ConfigToUpdateLog",
    "ErrHTTP",
    "JWKS",
    "JWKSKeysItem",
    "LogConf",
    "LoginMsg",
    "Namespace",
    "NetConf",
    "NetConfHttp",
    "OIDCConfiguration",
    "PubKeyMsg",
    "RegisteredClusters",
    "RegisteredClustersClusters",
    "Role",
    "ServerConf",
    "ServerConfDb",
    "ServerConfSigningKey",
    "TimeoutConf",
    "TokenMsg",
    "User",
    "UserMap",
)
