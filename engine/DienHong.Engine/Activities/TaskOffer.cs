using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DienHong.Engine.Activities;

/// <summary>
/// What an open task offers (những gì nhiệm vụ cho phép): the outcomes that decide it and the actions that can be
/// taken on it. Every task bookmark carries them in its payload (<c>"outcomes"</c>, <c>"actions"</c>), for the
/// inbox and the API to render, and the engine refuses a resume that names anything else.
/// </summary>
public sealed record TaskOffer(IReadOnlyList<string> Outcomes, IReadOnlyList<string> Actions)
{
    public const string OutcomesKey = "outcomes";
    public const string ActionsKey = "actions";

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
        List<string> outcomes = [], actions = [];
        var found = false;
        if (payload is null)
        {
            return null;
        }

        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(payload));
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
