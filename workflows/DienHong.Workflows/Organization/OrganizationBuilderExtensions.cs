using DienHong.Engine.Hosting;

namespace DienHong.Workflows.Organization;

/// <summary>The organisation on the builder (<c>services.AddDienHong(...).UseOrganization(file)</c>).</summary>
public static class OrganizationBuilderExtensions
{
    public static DienHongBuilder UseOrganization(this DienHongBuilder builder, Organization organization)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddDienHongOrganization(organization);
        return builder;
    }

    /// <summary>Reads an organisation file (errors name the file) and registers it.</summary>
    public static DienHongBuilder UseOrganization(this DienHongBuilder builder, string organizationFile) =>
        builder.UseOrganization(OrganizationJson.ReadFile(organizationFile));
}
