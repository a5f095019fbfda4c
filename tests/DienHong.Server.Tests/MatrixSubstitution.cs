using System.Runtime.CompilerServices;
using DienHong.Web.Application.Administration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DienHong.Server.Tests;

/// <summary>
/// A substitution of the office that ended in 2020, written to the matrix's server's database as if recorded then
/// (the API records none in the past): ending it again is refused on its merits. Made once per server, on first use.
/// </summary>
internal static class MatrixSubstitution
{
    private static readonly ConditionalWeakTable<CaseServer, Task<string>> Made = [];

    public static Task<string> OfAsync(CaseServer cases) => Made.GetValue(cases, MakeAsync);

    private static async Task<string> MakeAsync(CaseServer cases)
    {
        var contexts = cases.Server.Services.GetRequiredService<IDbContextFactory<AdministrationDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var row = new RecordedSubstitution
        {
            Id = "matrix00000000000000000000000001",
            Agency = "van-phong",
            PersonId = "E0109",
            SubstituteId = "E0105",
            From = new DateOnly(2020, 1, 6),
            To = new DateOnly(2020, 1, 10),
            Reason = null,
            RecordedBy = "E0104",
            RecordedAt = new DateTimeOffset(2020, 1, 3, 8, 0, 0, TimeSpan.Zero),
        };
        db.Substitutions.Add(row);
        await db.SaveChangesAsync();
        return row.Id;
    }
}
