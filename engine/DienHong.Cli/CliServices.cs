using DienHong.Calendar;
using DienHong.Engine.Hosting;
using DienHong.Engine.Validation;
using DienHong.Persistence;
using DienHong.Workflows.Activities;
using Microsoft.Extensions.DependencyInjection;

namespace DienHong.Cli;

/// <summary>The engine's services (dịch vụ) as the command line uses them: the validator, and a database when given.</summary>
internal static class CliServices
{
    /// <summary>The services; with a database when given, read-only (not owned: see SqliteDatabase) when asked.</summary>
    public static ServiceProvider Create(IWorkingCalendar calendar, string? databasePath = null, bool readOnly = false) =>
        Create(calendar, o =>
        {
            if (databasePath is null)
            {
                o.WithoutDatabase();
            }
            else
            {
                o.UseSqlite(databasePath, readOnly);
            }
        });

    /// <summary>The services with the store (and key file) that <paramref name="store"/> chooses.</summary>
    public static ServiceProvider Create(IWorkingCalendar calendar, Action<DienHongOptions> store)
    {
        var services = new ServiceCollection();
        services.AddDienHong(o =>
        {
            o.UseCalendar(calendar).AddAssemblies(typeof(HumanTaskActivity).Assembly);
            store(o);
        });
        return services.BuildServiceProvider();
    }

    public static DefinitionValidator Validator(this ServiceProvider provider) => provider.GetRequiredService<DefinitionValidator>();
}
