using System.Text.Json.Nodes;
using DienHong.Calendar;

namespace DienHong.Web.Application.Tasks;

/// <summary>
/// One field of a task's form (trường biểu mẫu) as the inbox renders it: the data key, label, kind, whether it is
/// required for every outcome or for some (<see cref="RequiredFor"/>), its options, a help text and its first value.
/// </summary>
public sealed record TaskFormField(
    string Name,
    LocalizedText Label,
    FormFieldKind Kind,
    bool Required,
    IReadOnlyList<string> RequiredFor,
    IReadOnlyList<FormOption> Options,
    LocalizedText? Description = null,
    JsonNode? Default = null)
{
    /// <summary>Whether deciding the task with <paramref name="outcome"/> needs this field filled.</summary>
    public bool IsRequiredFor(string outcome) => Required || RequiredFor.Contains(outcome);
}
