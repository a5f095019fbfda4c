using System.Text.Json.Nodes;

namespace DienHong.Web.Application.Instances;

/// <summary>
/// A case to start (khởi tạo hồ sơ): the workflow (its newest published version, or <see cref="Version"/>), the
/// agency it belongs to, an optional correlation key (a second start with it is refused), and the input variables.
/// No actor: the person starting it is the signed-in one.
/// </summary>
public sealed record StartInstance(string? Workflow, string? Agency, int? Version = null, string? CorrelationKey = null, JsonObject? Input = null);
