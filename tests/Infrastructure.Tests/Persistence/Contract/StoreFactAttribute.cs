using Xunit.Abstractions;
using Xunit.Sdk;

namespace Benchmarker.Infrastructure.Tests.Persistence.Contract;

/// <summary>
/// A fact of a store contract. It runs like <see cref="FactAttribute"/> unless the concrete test
/// class carries an unmet <see cref="RequiresEnvironmentVariableAttribute"/>, and is then skipped with its reason.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("Benchmarker.Infrastructure.Tests.Persistence.Contract.StoreFactDiscoverer", "Benchmarker.Infrastructure.Tests")]
public sealed class StoreFactAttribute : FactAttribute;

/// <summary>Discovers <see cref="StoreFactAttribute"/> tests, skipping them per concrete class.</summary>
public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        ArgumentNullException.ThrowIfNull(testMethod);

        if (StoreSkip.ReasonFor(testMethod.TestClass.Class) is not { } reason)
        {
            return base.Discover(discoveryOptions, testMethod, factAttribute);
        }

        return
        [
            new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason),
        ];
    }
}
