using DienHong.Engine.Activities;
using DienHong.Engine.Definitions;

namespace DienHong.Workflows.Activities;

/// <summary>A Notify node's configuration, bound once per definition version; each parameter is a property of the node.</summary>
public sealed record NotifyConfig(
    [Property("Người nhận: { role }, { user }, { email }, { expression } hoặc danh sách.", "Recipients: { role }, { user }, { email }, { expression } or a list.", Required = true)]
    Recipients? To,
    [Property("Tiêu đề (mẫu Liquid, { vi, en }).", "Subject (Liquid template, { vi, en }).", Required = true)]
    LocalizedTemplate? Subject,
    [Property("Nội dung (mẫu Liquid, { vi, en }).", "Body (Liquid template, { vi, en }).", Required = true)]
    LocalizedTemplate? Body,
    [Property("Kênh gửi: in-app, email (mặc định cả hai).", "Channels: in-app, email (default both).", Default = """["in-app", "email"]""")]
    IReadOnlyList<string>? Channels,
    [Property(PropertyKind.Value, "Ngôn ngữ: vi (mặc định) hoặc en, hoặc biểu thức.", "Language: vi (default) or en, or an expression.", Default = "\"vi\"")]
    string? Language)
{
    public const string InApp = "in-app";
    public const string Email = "email";

    public static readonly IReadOnlyList<string> AllChannels = [InApp, Email];

    /// <summary>The channels, each once.</summary>
    public IReadOnlyList<string> ChannelList { get; } = [.. (Channels ?? []).Distinct(StringComparer.Ordinal)];
}
