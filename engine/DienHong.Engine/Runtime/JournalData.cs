using System.Buffers;
using System.Text;
using System.Text.Json;
using DienHong.Engine.Activities;

namespace DienHong.Engine.Runtime;

/// <summary>The language-neutral data the interpreter keeps with its own journal entries.</summary>
internal static class JournalData
{
    /// <summary>What a new wait is for: its kind, key, assignee, due and wake-up times; null when it has none of them.</summary>
    public static string? Wait(NewBookmark request)
    {
        if (request.Assignee is null && request.DueAt is null && request.WakeAt is null && request.Key is null)
        {
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>(160);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("kind", request.Kind.ToString());
            if (request.Key is not null)
            {
                w.WriteString("key", request.Key);
            }

            if (request.Assignee is not null)
            {
                w.WriteString("assignee", request.Assignee);
            }

            if (request.DueAt is { } due)
            {
                w.WriteString("due", due);
            }

            if (request.WakeAt is { } wake)
            {
                w.WriteString("wakeAt", wake);
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
