namespace DienHong.Workflows.Organization;

/// <summary>
/// An organisation file (tệp tổ chức) that cannot be used: malformed JSON, or content that breaks a rule. The message
/// has one line per problem, each starting with the file name, e.g.
/// <c>organization.json: person 'E0142': unknown agency 'phong-x'</c>.
/// </summary>
public sealed class OrganizationFormatException(string fileName, IReadOnlyList<string> problems)
    : Exception(string.Join(Environment.NewLine, problems.Select(p => $"{fileName}: {p}")))
{
    public string FileName { get; } = fileName;

    /// <summary>The problems, without the file name.</summary>
    public IReadOnlyList<string> Problems { get; } = problems;
}
