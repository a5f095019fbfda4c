using DienHong.Engine.Catalog;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.Logging;

namespace DienHong.Scheduling;

/// <summary>
/// Periodic launches (khởi chạy định kỳ): one Hangfire recurring job per published definition whose Start node has a
/// <see cref="LaunchSchedule"/> (job id = definition key). Each run starts one instance per agency per period with
/// correlation key <c>key:agency:period</c> (or <c>key:period</c> without <c>per</c>); the engine's unique
/// correlation key makes a second run in the same period a no-op.
/// </summary>
/// <remarks>
/// The period is taken from the time the launch runs, in the schedule's time zone. Hangfire runs it at the
/// occurrence; after downtime it runs a missed occurrence once on restart, which then counts for that day (or year).
/// </remarks>
public sealed partial class RecurringLaunches(
    DefinitionCatalog definitions,
    IWorkflowStore store,
    WorkflowEngine engine,
    IAgencyDirectory agencies,
    IRecurringJobManager recurringJobs,
    JobStorage jobStorage,
    TimeProvider clock,
    ILogger<RecurringLaunches> logger)
{
    /// <summary>
    /// Adds or updates the recurring job of every published definition with a schedule, and removes the launch
    /// jobs of definitions that no longer have one. Returns the keys that have a job.
    /// </summary>
    public async Task<IReadOnlyList<string>> RegisterAsync(CancellationToken cancellationToken = default)
    {
        var newest = await definitions.NewestPublishedAsync(cancellationToken).ConfigureAwait(false);
        var registered = new List<string>();
        foreach (var definition in newest)
        {
            var schedule = Read(definition);
            if (schedule is null)
            {
                continue;
            }

            var key = definition.Key;
            recurringJobs.AddOrUpdate<RecurringLaunches>(
                key,
                x => x.LaunchAsync(key, CancellationToken.None),
                schedule.Cron,
                new RecurringJobOptions { TimeZone = schedule.TimeZone });
            registered.Add(key);
        }

        using var connection = jobStorage.GetConnection();
        foreach (var stale in connection.GetRecurringJobs()
            .Where(j => j.Job?.Type == typeof(RecurringLaunches) && !registered.Contains(j.Id, StringComparer.Ordinal)))
        {
            recurringJobs.RemoveIfExists(stale.Id);
        }

        return registered;
    }

    /// <summary>The recurring job: launches the definition's instances for the current period.</summary>
    public async Task LaunchAsync(string definitionKey, CancellationToken cancellationToken) =>
        await LaunchAtAsync(definitionKey, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Starts the instances of the period that <paramref name="at"/> falls in; those already started in that
    /// period come back as <see cref="RunStatus.Duplicate"/>.
    /// </summary>
    public async Task<IReadOnlyList<RunResult>> LaunchAtAsync(string definitionKey, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var definition = await store.GetPublishedAsync(definitionKey, null, cancellationToken).ConfigureAwait(false);
        var schedule = definition is null ? null : Read(definition);
        if (schedule is null)
        {
            LogNoSchedule(logger, definitionKey);
            return [];
        }

        var period = schedule.PeriodOf(at);
        IReadOnlyList<string?> targets = schedule.PerAgency ? [.. agencies.AgencyIds()] : [null];
        var results = new List<RunResult>(targets.Count);
        foreach (var agency in targets)
        {
            var correlation = agency is null ? $"{definitionKey}:{period}" : $"{definitionKey}:{agency}:{period}";
            // Launched as the system: the journal records "system", and no request can start as it.
            var result = await engine.LaunchAsync(
                new StartRequest { DefinitionKey = definitionKey, CorrelationKey = correlation, Agency = agency },
                cancellationToken).ConfigureAwait(false);
            if (result.Status is not (RunStatus.Ok or RunStatus.Duplicate))
            {
                LogLaunchRefused(logger, correlation, result.Status, result.Message);
            }

            results.Add(result);
        }

        return results;
    }

    private LaunchSchedule? Read(StoredDefinition definition)
    {
        try
        {
            return LaunchSchedule.FromDefinition(definition.Json);
        }
        catch (FormatException e)
        {
            LogBadSchedule(logger, definition.Key, definition.Version, e.Message);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Definition {Key} has no published version with a schedule: nothing launched.")]
    private static partial void LogNoSchedule(ILogger logger, string key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Launch {Correlation} refused ({Status}): {Reason}")]
    private static partial void LogLaunchRefused(ILogger logger, string correlation, RunStatus status, string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Definition {Key} version {Version} has an unusable schedule: {Reason}")]
    private static partial void LogBadSchedule(ILogger logger, string key, int version, string reason);
}
