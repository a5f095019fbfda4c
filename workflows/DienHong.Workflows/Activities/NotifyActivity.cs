using System.Text.Json.Nodes;
using DienHong.Calendar;
using DienHong.Engine.Activities;
using DienHong.Engine.Expressions;
using DienHong.Engine.Journal;
using DienHong.Engine.Resources;
using DienHong.Workflows.Resources;

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
public sealed class NotifyActivity() : Activity<NotifyConfig, NoState>(
    Describe(
        "Notify",
        new LocalizedText("Thông báo", "Notify"),
        new LocalizedText(
            "Gửi thông báo trong ứng dụng và thư điện tử theo mẫu Liquid song ngữ; thông báo được ghi vào nhật ký rồi mới gửi.",
            "Sends an in-app and e-mail message from a bilingual Liquid template; the message is journalled, then sent."),
        "communication"))
{
    public const string QueuedEvent = JournalEvents.NotificationQueued;

    protected override NotifyConfig Prepare(NotifyConfig config, NodeCompileContext context)
    {
        foreach (var bad in config.ChannelList.Where(x => !NotifyConfig.AllChannels.Contains(x)))
        {
            context.Error(Text.Format(ActivityMessages.ChannelUnknown, bad));
        }

        if (config.Channels is { Count: 0 })
        {
            context.Error(ActivityMessages.ChannelNone);
        }

        if (config.Language is { } language && !ExpressionText.IsExpression(language) && language is not (LocalizedTemplate.Vietnamese or LocalizedTemplate.English))
        {
            context.Error(ActivityMessages.LanguageShape);
        }

        return config;
    }

    protected override ActivityResult Execute(ActivityContext context, NotifyConfig config, NoState state)
    {
        var language = config.Language is { } l && ExpressionText.IsExpression(l) ? context.EvaluateExpression(l)?.ToString() : config.Language;
        if (language is not (LocalizedTemplate.Vietnamese or LocalizedTemplate.English))
        {
            return ActivityResult.Fault(Text.Format(ActivityMessages.NotifyLanguage, context.NodeId, language));
        }

        var values = new Dictionary<string, JsonNode?>(StringComparer.Ordinal)
        {
            ["vars"] = context.Variables,
            ["instance"] = new JsonObject { ["id"] = context.InstanceId, ["agency"] = context.Agency, ["correlationKey"] = context.CorrelationKey },
        };
        string subject, body;
        try
        {
            subject = NotifyTemplates.Render(config.Subject!.For(language), values, context.Now, language).Trim();
            body = NotifyTemplates.Render(config.Body!.For(language), values, context.Now, language);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or ArgumentException or Liquid.TemplateRenderException)
        {
            return ActivityResult.Fault(Text.Format(ActivityMessages.NotifyTemplateFailed, context.NodeId, ex.Message));
        }

        var to = new JsonArray();
        foreach (var recipient in config.To!.List)
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
            ["channels"] = DisclosureSupport.Strings(config.ChannelList),
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
}
