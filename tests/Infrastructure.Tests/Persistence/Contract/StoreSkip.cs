using Xunit.Abstractions;

namespace Benchmarker.Infrastructure.Tests.Persistence.Contract;

/// <summary>Reads <see cref="RequiresEnvironmentVariableAttribute"/> from the concrete test class at discovery.</summary>
internal static class StoreSkip
{
    /// <summary>Returns the skip reason for tests of <paramref name="testClass"/>, or null when they can run.</summary>
    public static string? ReasonFor(ITypeInfo testClass)
    {
        foreach (var requirement in testClass.GetCustomAttributes(typeof(RequiresEnvironmentVariableAttribute)))
        {
            var arguments = requirement.GetConstructorArguments().Cast<string>().ToList();
            var variable = arguments[0];
            if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(variable)))
            {
                return $"{variable} is not set: {arguments[1]}";
            }
        }

        return null;
    }
}
