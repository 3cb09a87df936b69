using Benchmarker.Infrastructure.Persistence.Json;

namespace Benchmarker.Infrastructure.Tests.Persistence;

/// <summary>The start-up reader trusts the listed length only when the file still has exactly that length.</summary>
public sealed class RunFileBufferTests : IDisposable
{
    private readonly TempStore temp = new();

    [Theory]
    [InlineData(0, 0)]
    [InlineData(5_000, 5_000)]
    [InlineData(5_000, 4_000)]
    [InlineData(5_000, 6_000)]
    [InlineData(200_000, 100)]
    [InlineData(100, 200_000)]
    public void Reads_whole_file_whatever_length_was_listed(int actualLength, int listedLength)
    {
        Directory.CreateDirectory(temp.Root);
        var path = Path.Combine(temp.Root, "run.json");
        var content = Enumerable.Range(0, actualLength).Select(i => (byte)('a' + (i % 26))).ToArray();
        File.WriteAllBytes(path, content);
        using var buffer = new RunFileBuffer();

        var read = buffer.Read(path, listedLength).ToArray();

        Assert.Equal(content, read);
    }

    [Fact]
    public void Buffer_is_reused_for_a_shorter_file_after_a_longer_one()
    {
        Directory.CreateDirectory(temp.Root);
        var longer = Path.Combine(temp.Root, "long.json");
        var shorter = Path.Combine(temp.Root, "short.json");
        File.WriteAllText(longer, new string('x', 100_000));
        File.WriteAllText(shorter, "{}");
        using var buffer = new RunFileBuffer();

        buffer.Read(longer, 100_000);
        var read = buffer.Read(shorter, 2).ToArray();

        Assert.Equal("{}"u8.ToArray(), read);
    }

    public void Dispose() => temp.Dispose();
}
