using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.Loader;

namespace DienHong.Engine.Hosting;

/// <summary>
/// The assemblies of the application's folder that may hold activities or stores: those named with the prefix, and
/// those that reference the engine (a third party's activity assembly dropped next to the program). References are
/// read from metadata, so nothing else is loaded.
/// </summary>
internal static class ApplicationAssemblies
{
    private static readonly string EngineName = typeof(ApplicationAssemblies).Assembly.GetName().Name!;

    /// <summary>
    /// The assemblies found whose types all load; one whose dependencies are missing beside it (a test helper, a
    /// half-copied plug-in) is left out and named in <paramref name="skipped"/> with the reason, rather than
    /// stopping the start: it could not run anyway.
    /// </summary>
    public static IReadOnlyList<Assembly> FindLoadable(string folder, string prefix, ICollection<string> skipped)
    {
        var found = new List<Assembly>();
        foreach (var assembly in Find(folder, prefix))
        {
            try
            {
                _ = assembly.GetTypes();
                found.Add(assembly);
            }
            catch (Exception e) when (e is ReflectionTypeLoadException or FileNotFoundException or FileLoadException or TypeLoadException or BadImageFormatException)
            {
                var reason = e is ReflectionTypeLoadException load ? load.LoaderExceptions.FirstOrDefault(l => l is not null)?.Message ?? e.Message : e.Message;
                skipped.Add($"{assembly.GetName().Name}: {reason}");
            }
        }

        return found;
    }

    private static IEnumerable<Assembly> Find(string folder, string prefix)
    {
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.dll").Order(StringComparer.Ordinal))
        {
            if (Candidate(file, prefix) is { } name)
            {
                yield return Load(name, file);
            }
        }
    }

    private static AssemblyName? Candidate(string file, string prefix)
    {
        try
        {
            using var pe = new PEReader(File.OpenRead(file));
            if (!pe.HasMetadata)
            {
                return null;
            }

            var metadata = pe.GetMetadataReader();
            if (!metadata.IsAssembly)
            {
                return null;
            }

            var name = metadata.GetAssemblyDefinition().GetAssemblyName();
            var wanted = name.Name!.StartsWith(prefix, StringComparison.Ordinal)
                || metadata.AssemblyReferences.Any(r => metadata.GetString(metadata.GetAssemblyReference(r).Name) == EngineName);
            return wanted ? name : null;
        }
        catch (BadImageFormatException)
        {
            // A native library or a file that is not .NET: not ours to scan.
            return null;
        }
    }

    private static Assembly Load(AssemblyName name, string file)
    {
        var loaded = AssemblyLoadContext.Default.Assemblies.FirstOrDefault(a => AssemblyName.ReferenceMatchesDefinition(a.GetName(), name));
        if (loaded is not null)
        {
            return loaded;
        }

        try
        {
            // Through the application's dependencies first, so an assembly it lists is never loaded twice.
            return AssemblyLoadContext.Default.LoadFromAssemblyName(name);
        }
        catch (FileNotFoundException)
        {
            return AssemblyLoadContext.Default.LoadFromAssemblyPath(file);
        }
    }
}
