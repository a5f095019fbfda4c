using System.Text.Json;
using System.Text.Json.Nodes;
using DienHong.Calendar;
using DienHong.Engine.Activities;
using DienHong.Engine.Journal;
using Fluid;

namespace DienHong.Workflows.Activities;

/// <summary>
/// Notify (thông báo): an in-app and e-mail message rendered from bilingual Liquid templates, e.g. the six-monthly
/// notice to all staff of how the conference resolution is carried out (Law 10/2022/QH15 Art. 52.3). Runs stay pure
/// and fast: the node renders the message and writes it into the journal (<c>NotificationQueued</c>, data
/// <c>{ to, subject, body, channels, language }</c>) and completes; the <c>NotificationDispatcher</c> sends it
/// afterwards. Templates are parsed once per definition version; a template error is a validation error of the
/// node and property. Templates see <c>vars</c> (the instance's variables) and <c>instance</c> (<c>id</c>,
/// <c>agency</c>, <c>correlationKey</c>).
/// </summary>
public sealed class NotifyActivity : IActivity
{
    public const string QueuedEvent = JournalEvents.NotificationQueued;

    public ActivityDescriptor Descriptor { get; } = new(
        "Notify",
        new LocalizedText("Thông báo", "Notify"),
        new LocalizedText(
            "Gửi thông báo trong ứng dụng và thư điện tử theo mẫu Liquid song ngữ; thông báo được ghi vào nhật ký rồi mới gửi.",
            "Sends an in-app and e-mail message from a bilingual Liquid template; the message is journalled, then sent."),
        "communication",
        [
            Prop("to", PropertyKind.Json, true, "Người nhận: { role }, { user }, { email }, { expression } hoặc danh sách.", "Recipients: { role }, { user }, { email }, { expression } or a list.") with { Shape = NotifyRecipient.Keys },
            Prop("subject", PropertyKind.Template, true, "Tiêu đề (mẫu Liquid, { vi, en }).", "Subject (Liquid template, { vi, en })."),
            Prop("body", PropertyKind.Template, true, "Nội dung (mẫu Liquid, { vi, en }).", "Body (Liquid template, { vi, en })."),
            Prop("channels", PropertyKind.StringList, false, "Kênh gửi: in-app, email (mặc định cả hai).", "Channels: in-app, email (default both)."),
            Prop("language", PropertyKind.Value, false, "Ngôn ngữ: vi (mặc định) hoặc en, hoặc biểu thức.", "Language: vi (default) or en, or an expression."),
        ],
        []);

    public object? Compile(NodeCompileContext context)
    {
        var to = new List<NotifyRecipient>();
        var items = context.Property("to") switch
        {
            { ValueKind: JsonValueKind.Array } list => list.EnumerateArray().ToList(),
            { } single => [single],
            null => [],
        };
        foreach (var item in items)
        {
            if (NotifyRecipient.Read(item) is { } recipient)
            {
                to.Add(recipient);
            }
            else
            {
                context.Error(NotifyRecipient.Shape);
            }
        }

        if (items.Count == 0 && context.Has("to"))
        {
            context.Error("property 'to': a notification needs at least one recipient");
        }

        var channels = context.Property("channels") is { ValueKind: JsonValueKind.Array } c
            ? c.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String ? x.GetString()! : x.GetRawText()).Distinct(StringComparer.Ordinal).ToList()
            : [.. NotifyConfig.AllChannels];
        foreach (var bad in channels.Where(x => !NotifyConfig.AllChannels.Contains(x)))
        {
            context.Error($"property 'channels': unknown channel '{bad}' (in-app, email)");
        }

        if (channels.Count == 0)
        {
            context.Error("property 'channels': name at least one channel (in-app, email)");
        }

        string? language = NotifyConfig.Vietnamese, languageExpression = null;
        if (context.String("language") is { } l)
        {
            (language, languageExpression) = l.StartsWith('=') ? ((string?)null, (string?)l) : (l, null);
            if (language is not (null or NotifyConfig.Vietnamese or NotifyConfig.English))
            {
                context.Error("property 'language': \"vi\", \"en\" or an expression");
            }
        }

        return new NotifyConfig(to, Templates(context, "subject"), Templates(context, "body"), channels, language, languageExpression);
    }

    public ActivityResult Execute(ActivityContext context)
    {
        var config = context.Config<NotifyConfig>();
        var language = config.LanguageExpression is { } e ? context.EvaluateExpression(e)?.ToString() : config.Language;
        if (language is not (NotifyConfig.Vietnamese or NotifyConfig.English))
        {
            return ActivityResult.Fault($"Notify '{context.NodeId}': the language expression gave '{language}', not \"vi\" or \"en\".");
        }

        var values = new Dictionary<string, JsonNode?>(StringComparer.Ordinal)
        {
            ["vars"] = context.Variables,
            ["instance"] = new JsonObject { ["id"] = context.InstanceId, ["agency"] = context.Agency, ["correlationKey"] = context.CorrelationKey },
        };
        string subject, body;
        try
        {
            subject = NotifyTemplates.Render(NotifyConfig.For(config.Subject, language), values, context.Now, language).Trim();
            body = NotifyTemplates.Render(NotifyConfig.For(config.Body, language), values, context.Now, language);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or ArgumentException or Liquid.TemplateRenderException)
        {
            return ActivityResult.Fault($"Notify '{context.NodeId}': the template failed: {ex.Message}");
        }

        var to = new JsonArray();
        foreach (var recipient in config.To)
        {
            foreach (var resolved in Resolve(context, recipient))
            {
                to.Add(resolved.ToJson());
            }
        }

        context.Journal(QueuedEvent, data: new JsonObject
        {
            ["to"] = to,
            ["subject"] = subject,
            ["body"] = body,
            ["channels"] = new JsonArray([.. config.Channels.Select(c => (JsonNode?)c)]),
            ["language"] = language,
        });
        return ActivityResult.Done();
    }

    private static IEnumerable<NotifyRecipient> Resolve(ActivityContext context, NotifyRecipient recipient)
    {
        if (recipient.Kind != NotifyRecipient.Expression)
        {
            return [recipient];
        }

        return context.EvaluateExpression(recipient.Value) switch
        {
            JsonArray list => list.Select(u => u?.ToString()).Where(u => !string.IsNullOrEmpty(u)).Select(u => new NotifyRecipient(NotifyRecipient.User, u!)),
            JsonValue v when v.ToString() is { Length: > 0 } user => [new NotifyRecipient(NotifyRecipient.User, user)],
            _ => [],
        };
    }

    /// <summary>Parses a template property: a string for both languages, or <c>{ "vi", "en" }</c> (English falls back to Vietnamese).</summary>
    private static Dictionary<string, IFluidTemplate> Templates(NodeCompileContext context, string property)
    {
        var templates = new Dictionary<string, IFluidTemplate>(StringComparer.Ordinal);
        var sources = context.Property(property) switch
        {
            { ValueKind: JsonValueKind.String } s => [(NotifyConfig.Vietnamese, s.GetString()!)],
            { ValueKind: JsonValueKind.Object } o => o.EnumerateObject()
                .Where(p => p.Value.ValueKind == JsonValueKind.String)
                .Select(p => (p.Name, p.Value.GetString()!)).ToList(),
            null => [],
            _ => null,
        };
        if (sources is null || (sources.Count > 0 && !sources.Any(s => s.Item1 == NotifyConfig.Vietnamese)))
        {
            context.Error($"property '{property}': a Liquid template, or {{ \"vi\": \"...\", \"en\": \"...\" }} with \"vi\" required");
        }

        foreach (var (language, source) in sources ?? [])
        {
            if (language is not (NotifyConfig.Vietnamese or NotifyConfig.English))
            {
                context.Error($"property '{property}.{language}': unknown language (vi, en)");
            }
            else if (NotifyTemplates.TryParse(source, out var template, out var error))
            {
                templates[language] = template!;
            }
            else
            {
                context.Error("template", $"property '{property}.{language}': invalid Liquid template: {error}");
            }
        }

        return templates;
    }

    private static PropertyDescriptor Prop(string name, PropertyKind kind, bool required, string vi, string en) =>
        new(name, kind, required, new LocalizedText(vi, en));
}
