using System.Globalization;
using DienHong.Cli.Resources;
using DienHong.Engine.Audit;

namespace DienHong.Cli;

/// <summary>Journal verify's findings for people (one sentence each, in their language) and as JSON.</summary>
internal static class VerificationText
{
    public static string Describe(Discrepancy d)
    {
        var format = CliMessages.ResourceManager.GetString("Discrepancy_" + d.Kind, CultureInfo.CurrentUICulture) ?? d.Kind.ToString();
        return CliApp.F(format, d.InstanceId, d.Seq, d.Expected, d.Found, d.Anchor);
    }

    public static object Json(JournalVerification result) => new
    {
        instances = result.Instances,
        entries = result.Entries,
        intact = result.IsIntact,
        sealsChecked = result.SealsChecked,
        anchorsChecked = result.AnchorsChecked,
        discrepancies = result.Discrepancies.Select(d => new
        {
            kind = d.Kind.ToString(),
            instance = d.InstanceId,
            entry = d.Seq,
            expected = d.Expected,
            found = d.Found,
            anchor = d.Anchor,
        }),

        // The first shape of this document (kept: JSON output is only ever extended): one item per discrepancy
        // that names an instance, with its reason worded for people.
        broken = result.Discrepancies.Where(d => d.InstanceId is not null).Select(d => new
        {
            instance = d.InstanceId,
            entry = d.Seq,
            reason = Describe(d),
        }),
    };
}
