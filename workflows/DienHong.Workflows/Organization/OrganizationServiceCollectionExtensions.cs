using Microsoft.Extensions.DependencyInjection;

namespace DienHong.Workflows.Organization;

/// <summary>Registers the organisation (đăng ký tổ chức): the directory and the assignee resolver, as singletons.</summary>
public static class OrganizationServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IOrganizationDirectory"/>, <see cref="OrganizationDirectory"/> and <see cref="IAssigneeResolver"/> for an organisation.</summary>
    public static IServiceCollection AddDienHongOrganization(this IServiceCollection services, Organization organization)
    {
        var directory = new OrganizationDirectory(organization);
        services.AddSingleton(directory);
        services.AddSingleton<IOrganizationDirectory>(directory);
        services.AddSingleton<IAssigneeResolver>(new AssigneeResolver(directory));
        return services;
    }

    /// <summary>Reads an organisation file (errors name the file) and registers it.</summary>
    public static IServiceCollection AddDienHongOrganization(this IServiceCollection services, string organizationFile) =>
        services.AddDienHongOrganization(OrganizationJson.ReadFile(organizationFile));
}
