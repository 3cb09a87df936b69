using System.ComponentModel.DataAnnotations;

namespace Benchmarker.Application.Common.Options;

/// <summary>System sampler settings, bound from the <c>Sampler</c> configuration section.</summary>
public sealed class SamplerOptions
{
    public const string SectionName = "Sampler";

    /// <summary>Time between two samples.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00",
        ErrorMessage = "Sampler:Interval must be between 10 ms and 1 minute, for example 00:00:00.250.")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMilliseconds(250);
}
