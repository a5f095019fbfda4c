using DienHong.Engine.Storage;

namespace DienHong.Web.Application.Tasks;

/// <summary>What an action on a task left (kết quả thao tác): the case's status and outcome, and its open tasks.</summary>
public sealed record TaskResult(string InstanceId, InstanceStatus? Status, string? Outcome, IReadOnlyList<TaskItem> OpenTasks);
