using System.Reflection;
using DienHong.Engine.Journal;
using DienHong.Engine.Runtime;
using DienHong.Workflows.Organization;

namespace DienHong.Simulation;

/// <summary>
/// The names a scenario may assert (tên đã biết): the journal's event names and the refusal codes of the engine and
/// the governance activities, read from where they are declared so that a new event or code is known at once.
/// </summary>
internal static class KnownNames
{
    public static readonly IReadOnlyList<string> JournalEvents =
    [
        .. typeof(JournalEvents).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>Every refusal code: the <see cref="MessageCode"/> fields of the engine and the governance activities' assembly, incident codes left out.</summary>
    public static readonly IReadOnlyList<string> RefusalCodes =
    [
        .. new[] { typeof(RefusalCodes).Assembly, typeof(Organization).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => t != typeof(IncidentCodes))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(MessageCode))
            .Select(f => ((MessageCode)f.GetValue(null)!).Value)
            .Distinct()
            .Order(StringComparer.Ordinal),
    ];
}
