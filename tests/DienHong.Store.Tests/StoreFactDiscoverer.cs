using System.Reflection;
using DienHong.Testing;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace DienHong.Store.Tests;

/// <summary>
/// Finds <see cref="StoreFactAttribute"/> tests. The contract's facts are declared once on the abstract class, so
/// whether one can run depends on the subclass it runs in: a <see cref="PostgresStoreAttribute"/> class without a
/// PostgreSQL server gets the test skipped with the reason, as <c>[PostgresFact]</c> does.
/// </summary>
public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        ArgumentNullException.ThrowIfNull(discoveryOptions);
        ArgumentNullException.ThrowIfNull(testMethod);
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        var needsPostgres = testMethod.TestClass.Class.ToRuntimeType()?.GetCustomAttribute<PostgresStoreAttribute>() is not null;
        var missing = needsPostgres && !TestServices.Required ? TestServices.PostgresMissing : null;
        return missing is null
            ? [new XunitTestCase(diagnosticMessageSink, display, displayOptions, testMethod)]
            : [new XunitSkippedDataRowTestCase(diagnosticMessageSink, display, displayOptions, testMethod, missing)];
    }
}
