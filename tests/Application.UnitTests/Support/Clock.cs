using System.Diagnostics;

namespace Benchmarker.Application.UnitTests.Support;

/// <summary>Stopwatch timestamps at chosen offsets, so tests state times in seconds.</summary>
internal static class Clock
{
    public const long Origin = 1_000_000_000_000;

    public static long At(double seconds) => Origin + (long)Math.Round(seconds * Stopwatch.Frequency);
}
