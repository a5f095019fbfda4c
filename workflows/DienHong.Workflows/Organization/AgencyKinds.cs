namespace DienHong.Workflows.Organization;

/// <summary>
/// The kinds of agency (loại cơ quan, đơn vị): a state administrative agency (cơ quan hành chính nhà nước) or a public
/// service unit (đơn vị sự nghiệp công lập), which employs public employees and follows its own decrees.
/// </summary>
public static class AgencyKinds
{
    /// <summary>State administrative agency (cơ quan hành chính nhà nước), e.g. a People's Committee or one of its departments.</summary>
    public const string Administrative = "administrative";

    /// <summary>Public service unit (đơn vị sự nghiệp công lập), e.g. a school or a health centre.</summary>
    public const string PublicService = "publicService";

    public static readonly IReadOnlyList<string> All = [Administrative, PublicService];
}
