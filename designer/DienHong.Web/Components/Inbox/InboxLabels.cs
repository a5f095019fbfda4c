using System.Globalization;
using DienHong.Web.Resources;
using Humanizer;

namespace DienHong.Web.Components.Inbox;

/// <summary>
/// Names the inbox shows for machine names (nhãn hiển thị): outcomes on their buttons, journal events, roles. The
/// known ones come from the resources (<c>Outcome_Approve</c>, <c>Event_TaskClaimed</c>, <c>Role_head</c>); any other
/// is its name in words ("SendBack" → "Send back").
/// </summary>
public static class InboxLabels
{
    /// <summary>An outcome's word: the inbox's own, else the catalog's outcomes (<c>OutcomeText</c>), else its name in words.</summary>
    public static string Outcome(string outcome) =>
        InboxText.ResourceManager.GetString("Outcome_" + outcome, CultureInfo.CurrentUICulture)
        ?? OutcomeText.ResourceManager.GetString(outcome, CultureInfo.CurrentUICulture)
        ?? outcome.Humanize();

    public static string Event(string journalEvent) => Text("Event_", journalEvent);

    /// <summary>A role's name; a role named with its agency (<c>head@van-phong</c>) by its role alone.</summary>
    public static string Role(string role) => Text("Role_", role.Split('@')[0]);

    private static string Text(string prefix, string name) =>
        InboxText.ResourceManager.GetString(prefix + name, CultureInfo.CurrentUICulture) ?? name.Humanize();
}
