using DienHong.Cli.Resources;

namespace DienHong.Cli;

/// <summary>The definition files (tệp định nghĩa) a command is given: files as named, folders as every <c>*.workflow.json</c> below them.</summary>
internal static class WorkflowFiles
{
    /// <summary>Every file; null after telling (on standard error) of a path that is neither a file nor a folder.</summary>
    public static List<string>? Expand(CliContext context, IReadOnlyList<string> paths)
    {
        var files = new List<string>();
        var missing = false;
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                var found = Below(path);
                if (found.Count == 0)
                {
                    context.Error.WriteLine(CliApp.F(CliMessages.NoWorkflowFiles, path));
                }

                files.AddRange(found);
            }
            else
            {
                context.Error.WriteLine(CliApp.F(CliMessages.PathNotFound, path));
                missing = true;
            }
        }

        return missing ? null : files;
    }

    /// <summary>Every <c>*.workflow.json</c> in the folder and its subfolders, in a stable order.</summary>
    public static List<string> Below(string folder) =>
        Directory.EnumerateFiles(folder, "*.workflow.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
}
