using System.Globalization;
using DienHong.Engine.Validation;

namespace DienHong.Engine.Tests.Validation;

/// <summary>One engine host per test class, giving a validator built by dependency injection.</summary>
/// <remarks>xunit v2 disposes class fixtures through <see cref="IDisposable"/> only (not IAsyncDisposable).</remarks>
public sealed class ValidatorFixture : IDisposable
{
    private readonly TestHost host = TestHost.CreateAsync().GetAwaiter().GetResult();

    public DefinitionValidator Validator => host.Get<DefinitionValidator>();

    /// <summary>Validates <paramref name="json"/> as <c>test.workflow.json</c> with messages in <paramref name="culture"/>.</summary>
    public ValidationReport Validate(string json, string culture = "en")
    {
        var saved = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            return Validator.Validate("test.workflow.json", json);
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    public void Dispose() => host.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
