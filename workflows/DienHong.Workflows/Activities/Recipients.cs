using System.Text.Json;
using DienHong.Engine.Activities;
using DienHong.Engine.Definitions;
using DienHong.Engine.Resources;
using DienHong.Workflows.Resources;

namespace DienHong.Workflows.Activities;

/// <summary>The recipients of a notification (người nhận): one recipient, or a list of them.</summary>
public sealed record Recipients(IReadOnlyList<NotifyRecipient> List) : IPropertyValue<Recipients>
{
    public static PropertyKind Kind => PropertyKind.Json;

    public static ObjectShape? Shape => NotifyRecipient.Keys;

    public static Recipients? Read(JsonElement value, NodeCompileContext context, string property)
    {
        List<JsonElement> items = value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray()] : [value];
        var list = new List<NotifyRecipient>();
        foreach (var item in items)
        {
            if (NotifyRecipient.Read(item) is { } recipient)
            {
                list.Add(recipient);
            }
            else
            {
                context.Error(Text.Format(ActivityMessages.RecipientShape, property));
            }
        }

        if (items.Count == 0)
        {
            context.Error(Text.Format(ActivityMessages.RecipientsEmpty, property));
        }

        return new Recipients(list);
    }
}
