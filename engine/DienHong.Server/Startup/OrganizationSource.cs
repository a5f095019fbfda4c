using DienHong.Server.Configuration;
using DienHong.Server.Resources;
using DienHong.Workflows.Organization;

namespace DienHong.Server.Startup;

/// <summary>
/// Where the server's organisation comes from (nguồn dữ liệu tổ chức): <c>organization.json</c> in the data folder,
/// read once at start. A fresh data folder with the demo on gets a copy of the Châu Thành demo organisation; without
/// the demo and without a file the organisation is empty until one is put there.
/// </summary>
public sealed record OrganizationSource(string Path, Organization Organization, bool DemoCopied, bool Missing)
{
    /// <summary>The demo organisation shipped beside the server.</summary>
    public static string DemoFile => System.IO.Path.Combine(AppContext.BaseDirectory, "demo", "organization.json");

    public static OrganizationSource Prepare(ServerOptions options)
    {
        var path = options.OrganizationPath;
        var copied = false;
        if (!File.Exists(path))
        {
            if (!options.Demo)
            {
                return new OrganizationSource(path, Organization.Empty, false, true);
            }

            File.Copy(DemoFile, path);
            copied = true;
        }

        try
        {
            return new OrganizationSource(path, OrganizationJson.ReadFile(path), copied, false);
        }
        catch (OrganizationFormatException e)
        {
            throw new ServerStartException(ServerSettings.F(ServerText.OrganizationUnusable, e.Message), e);
        }
    }
}
