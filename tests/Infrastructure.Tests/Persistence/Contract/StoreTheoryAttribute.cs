using Xunit.Abstractions;
using Xunit.Sdk;

namespace Benchmarker.Infrastructure.Tests.Persistence.Contract;

/// <summary>
/// A theory of a store contract. It runs like <see cref="TheoryAttribute"/> unless the concrete test
/// class carries an unmet <see cref="RequiresEnvironmentVariableAttribute"/>, and is then skipped with its reason.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("Benchmarker.Infrastructure.Tests.Persistence.Contract.StoreTheoryDiscoverer", "Benchmarker.Infrastructure.Tests")]
public sealed class StoreTheoryAttribute : TheoryAttribute;

/// <summary>Discovers <see cref="StoreTheoryAttribute"/> tests, skipping them per concrete class.</summary>
public sealed class StoreTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute)
    {
        ArgumentNullException.ThrowIfNull(testMethod);

        if (StoreSkip.ReasonFor(testMethod.TestClass.Class) is not { } reason)
        {
            return base.Discover(discoveryOptions, testMethod, theoryAttribute);
        }

        // One skipped case for the whole theory: its data rows are not enumerated, because they may need the store.
        return
        [
            new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason),
        ];
    }
}
