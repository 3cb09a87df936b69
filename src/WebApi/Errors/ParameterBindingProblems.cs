using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Benchmarker.WebApi.Errors;

/// <summary>
/// Turns a query, route or header value that minimal APIs could not bind into a 400 whose
/// <c>errors</c> key is the name the client sent ("include_flagged") and whose message states the
/// expected form of the value, instead of the framework's text naming the C# type and parameter.
/// </summary>
internal static partial class ParameterBindingProblems
{
    private const int MaxEchoedValueLength = 100;

    /// <summary>Creates the 400, or returns null when the exception is not a binding failure of a parameter of the endpoint's handler.</summary>
    public static ValidationProblemDetails? TryCreate(BadHttpRequestException exception, Endpoint? endpoint)
    {
        var failed = FailedToBind().Match(exception.Message);
        var missing = failed.Success ? Match.Empty : NotProvided().Match(exception.Message);
        var match = failed.Success ? failed : missing;
        if (!match.Success || FindParameter(endpoint, match.Groups["name"].Value) is not { } parameter)
        {
            return null;
        }

        var wireName = WireName(parameter);
        var message = failed.Success
            ? $"'{Shorten(match.Groups["value"].Value)}' {ExpectedValue(parameter.ParameterType)}"
            : $"{wireName} is required.";

        return ValidationProblems.FromErrors(new Dictionary<string, string[]> { [wireName] = [message] });
    }

    private static ParameterInfo? FindParameter(Endpoint? endpoint, string name) =>
        endpoint?.Metadata.GetMetadata<MethodInfo>()?.GetParameters()
            .FirstOrDefault(parameter => parameter.Name == name);

    /// <summary>The name given by [FromQuery], [FromRoute] or [FromHeader], else the C# name, which binding matches without regard to case.</summary>
    private static string WireName(ParameterInfo parameter)
    {
        var attributes = parameter.GetCustomAttributes(inherit: false);
        var explicitName = attributes.OfType<IFromQueryMetadata>().Select(attribute => attribute.Name)
            .Concat(attributes.OfType<IFromRouteMetadata>().Select(attribute => attribute.Name))
            .Concat(attributes.OfType<IFromHeaderMetadata>().Select(attribute => attribute.Name))
            .FirstOrDefault(name => !string.IsNullOrEmpty(name));

        return explicitName ?? parameter.Name ?? "query";
    }

    private static string ExpectedValue(Type type)
    {
        var element = Nullable.GetUnderlyingType(type) ?? type;
        if (element.IsArray)
        {
            element = element.GetElementType()!;
            element = Nullable.GetUnderlyingType(element) ?? element;
        }

        if (element.IsEnum)
        {
            return $"is not valid: use one of {string.Join(", ", Enum.GetNames(element))}.";
        }

        if (element == typeof(DateTimeOffset) || element == typeof(DateTime))
        {
            return "is not a valid date and time: use the form 2026-01-31T00:00:00Z.";
        }

        if (element == typeof(DateOnly))
        {
            return "is not a valid date: use the form 2026-01-31.";
        }

        if (element == typeof(Guid))
        {
            return "is not a valid GUID.";
        }

        return Type.GetTypeCode(element) switch
        {
            TypeCode.Boolean => "is not valid: use true or false.",
            TypeCode.Byte or TypeCode.SByte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32
                or TypeCode.UInt32 or TypeCode.Int64 or TypeCode.UInt64 => WholeNumberRange(element),
            TypeCode.Single or TypeCode.Double or TypeCode.Decimal => "is not a number.",
            _ => "is not a valid value.",
        };
    }

    /// <summary>States the range too, because a number that overflows the type fails the same way as text.</summary>
    private static string WholeNumberRange(Type integerType)
    {
        var minimum = integerType.GetField(nameof(int.MinValue))!.GetValue(null);
        var maximum = integerType.GetField(nameof(int.MaxValue))!.GetValue(null);
        return string.Create(CultureInfo.InvariantCulture, $"is not a whole number from {minimum} to {maximum}.");
    }

    /// <summary>Cuts a long value, but never between the two halves of a surrogate pair, which JSON would turn into U+FFFD.</summary>
    private static string Shorten(string value)
    {
        if (value.Length <= MaxEchoedValueLength)
        {
            return value;
        }

        var length = char.IsHighSurrogate(value[MaxEchoedValueLength - 1]) ? MaxEchoedValueLength + 1 : MaxEchoedValueLength;
        return value[..length] + "…";
    }

    // The wording of Microsoft.AspNetCore.Http.RequestDelegateFactory (ASP.NET Core 10) when a
    // value does not parse, and when a required value is absent.
    [GeneratedRegex("""^Failed to bind parameter "(?<type>.+) (?<name>[^ "]+)" from "(?<value>.*)"\.$""", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex FailedToBind();

    [GeneratedRegex("""^Required parameter "(?<type>.+) (?<name>[^ "]+)" was not provided from """, RegexOptions.CultureInvariant)]
    private static partial Regex NotProvided();
}
