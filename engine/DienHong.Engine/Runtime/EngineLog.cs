using Microsoft.Extensions.Logging;

namespace DienHong.Engine.Runtime;

/// <summary>The engine's log events (nhật ký vận hành), each with a stable event id.</summary>
internal static partial class EngineLog
{
    [LoggerMessage(EventId = 1001, EventName = "InstanceStarted", Level = LogLevel.Debug, Message = "Started instance {InstanceId} of {Workflow} v{Version}: {Status}.")]
    public static partial void Started(ILogger logger, string instanceId, string workflow, int version, Storage.InstanceStatus? status);

    [LoggerMessage(EventId = 1002, EventName = "BookmarkResumed", Level = LogLevel.Debug, Message = "Resumed bookmark {BookmarkId} of instance {InstanceId}: {Status}.")]
    public static partial void Resumed(ILogger logger, string bookmarkId, string instanceId, Storage.InstanceStatus? status);

    [LoggerMessage(EventId = 1003, EventName = "CommitConflict", Level = LogLevel.Information, Message = "Instance {InstanceId}: {Operation} not saved, {Code}.")]
    public static partial void Conflict(ILogger logger, string? instanceId, string operation, string code);

    [LoggerMessage(EventId = 1004, EventName = "Incident", Level = LogLevel.Warning, Message = "Instance {InstanceId} faulted at node {NodeId}: {Code} ({ExceptionType}) {Text}")]
    public static partial void Incident(ILogger logger, string instanceId, string? nodeId, string? code, string? exceptionType, string text);

    [LoggerMessage(EventId = 1005, EventName = "WakeIgnored", Level = LogLevel.Debug, Message = "Wake-up of bookmark {BookmarkId} at {WakeAt:o} ignored: {Code}.")]
    public static partial void WakeIgnored(ILogger logger, string bookmarkId, DateTimeOffset wakeAt, string code);

    [LoggerMessage(EventId = 1006, EventName = "Refused", Level = LogLevel.Debug, Message = "Instance {InstanceId}: {Operation} refused, {Code}.")]
    public static partial void Refused(ILogger logger, string? instanceId, string operation, string code);
}
