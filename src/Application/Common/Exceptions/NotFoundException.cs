namespace Benchmarker.Application.Common.Exceptions;

/// <summary>A requested resource does not exist; the API maps it to 404.</summary>
public sealed class NotFoundException(string resource, string id)
    : Exception($"{resource} '{id}' was not found.")
{
    public string Resource { get; } = resource;

    public string Id { get; } = id;
}
