using System.Globalization;
using DienHong.Calendar;
using DienHong.Engine.Definitions;
using DienHong.Web.Components.Inbox;

namespace DienHong.Web.Components.Shared;

/// <summary>
/// What people read for an outcome on a flowchart's edge (nhãn kết quả): the definition's <c>outcomeLabels</c> in
/// the page's language, else the server's word for it, else its name.
/// </summary>
public static class OutcomeLabels
{
    public static string Of(WorkflowDefinition definition, string outcome)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return Of(definition.OutcomeLabels, outcome);
    }

    public static string Of(IReadOnlyDictionary<string, LocalizedText> labels, string outcome)
    {
        ArgumentNullException.ThrowIfNull(labels);
        return labels.GetValueOrDefault(outcome)?.For(CultureInfo.CurrentUICulture.Name) ?? InboxLabels.Outcome(outcome);
    }
}
