using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DienHong.Engine.Activities;

/// <summary>
/// What an open task offers (những gì nhiệm vụ cho phép): the outcomes that decide it and the actions that can be
/// taken on it. Every task bookmark carries them in its payload (<c>"outcomes"</c>, <c>"actions"</c>), for the
/// inbox and the API to render, and the engine refuses a resume that names anything else. A task with a form to fill
/// carries its fields too (<c>"form"</c>: the definition's field objects), so the inbox renders it without knowing
/// the activity.
/// </summary>
public sealed record TaskOffer(IReadOnlyList<string> Outcomes, IReadOnlyList<string> Actions)
{
    public const string OutcomesKey = "outcomes";
    public const string ActionsKey = "actions";
    public const string FormKey = "form";

    /// <summary>The payload: the offer, then the activity's own keys.</summary>
    public JsonObject Payload(JsonObject? extra = null)
    {
        var payload = new JsonObject
        {
            [OutcomesKey] = new JsonArray([.. Outcomes.Select(o => (JsonNode?)o)]),
            [ActionsKey] = new JsonArray([.. Actions.Select(a => (JsonNode?)a)]),
        };
        foreach (var (key, value) in extra ?? [])
        {
            payload[key] = value?.DeepClone();
        }

        return payload;
    }

    /// <summary>The offer a stored payload carries (a list it lacks is offered empty); null when it carries none.</summary>
    public static TaskOffer? Read(string? payload)
    {
        if (payload is null)
        {
            return null;
        }

        // Read on every resume of a task: the payload's bytes go on the stack when small, as a task's offer is.
        var length = Encoding.UTF8.GetMaxByteCount(payload.Length);
        var rented = length > 1024 ? ArrayPool<byte>.Shared.Rent(length) : null;
        var bytes = rented ?? stackalloc byte[length];
        bytes = bytes[..Encoding.UTF8.GetBytes(payload, bytes)];
        try
        {
            return Scan(bytes);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static TaskOffer? Scan(ReadOnlySpan<byte> payload)
    {
        List<string> outcomes = [], actions = [];
        var found = false;
        var reader = new Utf8JsonReader(payload);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var target = reader.ValueTextEquals(OutcomesKey) ? outcomes : reader.ValueTextEquals(ActionsKey) ? actions : null;
            reader.Read();
            if (target is not null && reader.TokenType == JsonTokenType.StartArray)
            {
                found = true;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        target.Add(reader.GetString()!);
                    }
                    else
                    {
                        reader.Skip();
                    }
                }
            }
            else
            {
                reader.Skip();
            }
        }

        return found ? new TaskOffer(outcomes, actions) : null;
    }
}
