using System.Text.Json.Nodes;

namespace DienHong.Web.Application.Tasks;

/// <summary>
/// A decision on a task (hoàn thành nhiệm vụ): one of the outcomes it offers, a comment, the form's data, and
/// attachments (references of stored documents). No actor: the person is the signed-in one.
/// </summary>
public sealed record CompleteTask(string? Outcome, string? Comment = null, JsonObject? Data = null, IReadOnlyList<string>? Attachments = null);
