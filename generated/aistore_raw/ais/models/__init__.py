"""Contains all the data models used in inputs/outputs"""

from .act_msg_archive import ActMsgArchive
from .act_msg_blob_download import ActMsgBlobDownload
from .act_msg_check_lock import ActMsgCheckLock
from .act_msg_clear_lcache import ActMsgClearLcache
from .act_msg_copy_bck import ActMsgCopyBck
from .act_msg_copy_listrange import ActMsgCopyListrange
from .act_msg_create_bck import ActMsgCreateBck
from .act_msg_create_inventory import ActMsgCreateInventory
from .act_msg_decommission import ActMsgDecommission
from .act_msg_decommission_node import ActMsgDecommissionNode
from .act_msg_delete_listrange import ActMsgDeleteListrange
from .act_msg_destroy_bck import ActMsgDestroyBck
from .act_msg_destroy_inventory import ActMsgDestroyInventory
from .act_msg_ec_encode import ActMsgEcEncode
from .act_msg_etl_bck import ActMsgEtlBck
from .act_msg_etl_listrange import ActMsgEtlListrange
from .act_msg_evict_listrange import ActMsgEvictListrange
from .act_msg_evict_remote_bck import ActMsgEvictRemoteBck
from .act_msg_list import ActMsgList
from .act_msg_list_buckets import ActMsgListBuckets
from .act_msg_make_n_copies import ActMsgMakeNCopies
from .act_msg_move_bck import ActMsgMoveBck
from .act_msg_mpt_abort import ActMsgMptAbort
from .act_msg_mpt_complete import ActMsgMptComplete
from .act_msg_mpt_upload import ActMsgMptUpload
from .act_msg_prefetch_listrange import ActMsgPrefetchListrange
from .act_msg_promote import ActMsgPromote
from .act_msg_reload_creds import ActMsgReloadCreds
from .act_msg_rename_obj import ActMsgRenameObj
from .act_msg_reset_bprops import ActMsgResetBprops
from .act_msg_reset_config import ActMsgResetConfig
from .act_msg_reset_stats import ActMsgResetStats
from .act_msg_rotate_logs import ActMsgRotateLogs
from .act_msg_set_bprops import ActMsgSetBprops
from .act_msg_set_config import ActMsgSetConfig
from .act_msg_show_inventory import ActMsgShowInventory
from .act_msg_shutdown import ActMsgShutdown
from .act_msg_shutdown_node import ActMsgShutdownNode
from .act_msg_start import ActMsgStart
from .act_msg_start_maintenance import ActMsgStartMaintenance
from .act_msg_stop import ActMsgStop
from .act_msg_stop_maintenance import ActMsgStopMaintenance
from .act_msg_summary_bck import ActMsgSummaryBck
from .act_val_rm_node import ActValRmNode
from .append_type import AppendType
from .arch_mode import ArchMode
from .archive_msg import ArchiveMsg
from .bck import Bck
from .blob_msg import BlobMsg
from .bmd import BMD
from .bsumm_ctrl_msg import BsummCtrlMsg
from .bsumm_result import BsummResult
from .bsumm_result_obj_count import BsummResultObjCount
from .bsumm_result_obj_size import BsummResultObjSize
from .bsumm_result_total_size import BsummResultTotalSize
from .bucket_props import BucketProps
from .bucket_props_to_set import BucketPropsToSet
from .chunks_conf import ChunksConf
from .cksum_conf import CksumConf
from .cluster_config import ClusterConfig
from .cluster_stats import ClusterStats
from .cluster_stats_target import ClusterStatsTarget
from .cluster_sys_info import ClusterSysInfo
from .cluster_sys_info_proxy import ClusterSysInfoProxy
from .cluster_sys_info_target import ClusterSysInfoTarget
from .cluster_what import ClusterWhat
from .config_to_set import ConfigToSet
from .create_nbi_msg import CreateNBIMsg
from .daemon_what import DaemonWhat
from .dsort_algorithm import DsortAlgorithm
from .dsort_job_info import DsortJobInfo
from .dsort_metrics import DsortMetrics
from .dsort_metrics_by_target import DsortMetricsByTarget
from .dsort_phase import DsortPhase
from .dsort_request_spec import DsortRequestSpec
from .dsort_request_spec_config import DsortRequestSpecConfig
from .ec_conf import ECConf
from .error_body import ErrorBody
from .etl_details import ETLDetails
from .etl_health_status import ETLHealthStatus
from .etl_info import ETLInfo
from .etl_init_msg import ETLInitMsg
from .etl_init_msg_env_item import ETLInitMsgEnvItem
from .etl_init_msg_resources import ETLInitMsgResources
from .etl_init_msg_runtime import ETLInitMsgRuntime
from .etl_init_msg_runtime_env_item import ETLInitMsgRuntimeEnvItem
from .etl_logs import ETLLogs
from .etl_obj_err import ETLObjErr
from .etlcpu_mem_used import ETLCPUMemUsed
from .evd_msg import EvdMsg
from .extra_props import ExtraProps
from .extra_props_aws import ExtraPropsAws
from .extra_props_gcp import ExtraPropsGcp
from .extra_props_oci import ExtraPropsOci
from .get_node_info_severity import GetNodeInfoSeverity
from .job_status import JobStatus
from .list_range import ListRange
from .lru_conf import LRUConf
from .lso_ent import LsoEnt
from .lso_ent_msgpack import LsoEntMsgpack
from .lso_msg import LsoMsg
from .lso_msg_hdr import LsoMsgHdr
from .lso_res import LsoRes
from .lso_res_msgpack import LsoResMsgpack
from .mem_cpu_info import MemCPUInfo
from .mirror_conf import MirrorConf
from .moss_in import MossIn
from .moss_out import MossOut
from .moss_req import MossReq
from .moss_resp import MossResp
from .mountpath_capacity import MountpathCapacity
from .mountpath_capacity_fs import MountpathCapacityFs
from .mountpath_list import MountpathList
from .mpt_completed_part import MptCompletedPart
from .multi_snap import MultiSnap
from .nbi_info import NBIInfo
from .nbi_info_map import NBIInfoMap
from .net_info import NetInfo
from .node_capacity import NodeCapacity
from .node_capacity_mountpaths_type_0 import NodeCapacityMountpathsType0
from .node_state_info import NodeStateInfo
from .node_stats import NodeStats
from .node_stats_tracker import NodeStatsTracker
from .node_status import NodeStatus
from .node_status_tracker import NodeStatusTracker
from .ns import Ns
from .object_custom_props_msg import ObjectCustomPropsMsg
from .object_custom_props_msg_value import ObjectCustomPropsMsgValue
from .prefetch_msg import PrefetchMsg
from .promote_args import PromoteArgs
from .provider import Provider
from .proxy_what import ProxyWhat
from .rate_limit_adaptive import RateLimitAdaptive
from .rate_limit_bursty import RateLimitBursty
from .rate_limit_conf import RateLimitConf
from .smap import Smap
from .smap_pmap import SmapPmap
from .smap_tmap import SmapTmap
from .snode import Snode
from .tcb_msg import TCBMsg
from .tcb_msg_ext import TCBMsgExt
from .tco_msg import TCOMsg
from .tco_msg_ext import TCOMsgExt
from .token_list import TokenList
from .version_conf import VersionConf
from .write_policy_conf import WritePolicyConf
from .xact_args_msg import XactArgsMsg
from .xact_query_msg import XactQueryMsg
from .xact_snap import XactSnap
from .xact_stats import XactStats

__all__ = (
    "ActMsgArchive",
    "ActMsgBlobDownload",
    "ActMsgCheckLock",
    "ActMsgClearLcache",
    "ActMsgCopyBck",
    "ActMsgCopyListrange",
    "ActMsgCreateBck",
    "ActMsgCreateInventory",
    "ActMsgDecommission",
    "ActMsgDecommissionNode",
    "ActMsgDeleteListrange",
    "ActMsgDestroyBck",
    "ActMsgDestroyInventory",
    "ActMsgEcEncode",
    "ActMsgEtlBck",
    "ActMsgEtlListrange",
    "ActMsgEvictListrange",
    "ActMsgEvictRemoteBck",
    "ActMsgList",
    "ActMsgListBuckets",
    "ActMsgMakeNCopies",
    "ActMsgMoveBck",
    "ActMsgMptAbort",
    "ActMsgMptComplete",
    "ActMsgMptUpload",
    "ActMsgPrefetchListrange",
    "ActMsgPromote",
    "ActMsgReloadCreds",
    "ActMsgRenameObj",
    "ActMsgResetBprops",
    "ActMsgResetConfig",
    "ActMsgResetStats",
    "ActMsgRotateLogs",
    "ActMsgSetBprops",
    "ActMsgSetConfig",
    "ActMsgShowInventory",
    "ActMsgShutdown",
    "ActMsgShutdownNode",
    "ActMsgStart",
    "ActMsgStartMaintenance",
    "ActMsgStop",
    "ActMsgStopMaintenance",
    "ActMsgSummaryBck",
    "ActValRmNode",
    "AppendType",
    "ArchiveMsg",
    "ArchMode",
    "Bck",
    "BlobMsg",
    "BMD",
    "BsummCtrlMsg",
    "BsummResult",
    "BsummResultObjCount",
    "BsummResultObjSize",
    "BsummResultTotalSize",
    "BucketProps",
    "BucketPropsToSet",
    "ChunksConf",
    "CksumConf",
    "ClusterConfig",
    "ClusterStats",
    "ClusterStatsTarget",
    "ClusterSysInfo",
    "ClusterSysInfoProxy",
    "ClusterSysInfoTarget",
    "ClusterWhat",
    "ConfigToSet",
    "CreateNBIMsg",
    "DaemonWhat",
    "DsortAlgorithm",
    "DsortJobInfo",
    "DsortMetrics",
    "DsortMetricsByTarget",
    "DsortPhase",
    "DsortRequestSpec",
    "DsortRequestSpecConfig",
    "ECConf",
    "ErrorBody",
    "ETLCPUMemUsed",
    "ETLDetails",
    "ETLHealthStatus",
    "ETLInfo",
    "ETLInitMsg",
    "ETLInitMsgEnvItem",
    "ETLInitMsgResources",
    "ETLInitMsgRuntime",
    "ETLInitMsgRuntimeEnvItem",
    "ETLLogs",
    "ETLObjErr",
    "EvdMsg",
    "ExtraProps",
    "ExtraPropsAws",
    "ExtraPropsGcp",
    "ExtraPropsOci",
    "GetNodeInfoSeverity",
    "JobStatus",
    "ListRange",
    "LRUConf",
    "LsoEnt",
    "LsoEntMsgpack",
    "LsoMsg",
    "LsoMsgHdr",
    "LsoRes",
    "LsoResMsgpack",
    "MemCPUInfo",
    "MirrorConf",
    "MossIn",
    "MossOut",
    "MossReq",
    "MossResp",
    "MountpathCapacity",
    "MountpathCapacityFs",
    "MountpathList",
    "MptCompletedPart",
    "MultiSnap",
    "NBIInfo",
    "NBIInfoMap",
    "NetInfo",
    "NodeCapacity",
    "NodeCapacityMountpathsType0",
    "NodeStateInfo",
    "NodeStats",
    "NodeStatsTracker",
    "NodeStatus",
    "NodeStatusTracker",
    "Ns",
    "ObjectCustomPropsMsg",
    "ObjectCustomPropsMsgValue",
    "PrefetchMsg",
    "PromoteArgs",
    "Provider",
    "ProxyWhat",
    "RateLimitAdaptive",
    "RateLimitBursty",
    "RateLimitConf",
    "Smap",
    "SmapPmap",
    "SmapTmap",
    "Snode",
    "TCBMsg",
    "TCBMsgExt",
    "TCOMsg",
    "TCOMsgExt",
    "TokenList",
    "VersionConf",
    "WritePolicyConf",
    "XactArgsMsg",
    "XactQueryMsg",
    "XactSnap",
    "XactStats",
)
