using System.Globalization;
using DienHong.Web.Resources;
using Humanizer;

namespace DienHong.Web.Components.Inbox;

/// <summary>
/// An outcome's label on its button (nhãn kết quả): the known outcomes from the resources (<c>Outcome_Approve</c>),
/// any other as its name in words ("RequestChanges" → "Request changes").
/// </summary>
public static class OutcomeLabel
{
    public static string For(string outcome, CultureInfo? culture = null) =>
        InboxText.ResourceManager.GetString("Outcome_" + outcome, culture ?? CultureInfo.CurrentUICulture) ?? outcome.Humanize();
}
