namespace Benchmarker.Infrastructure.Tests.Ollama;

/// <summary>A read-only stream whose reads return exactly the given segments, one per read, so line splits are deterministic.</summary>
internal sealed class ScriptedReadStream(IEnumerable<byte[]> segments) : Stream
{
    private readonly Queue<byte[]> pending = new(segments);
    private byte[] current = [];
    private int offset;

    public int ReadCount { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Read(buffer.Span));
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (offset == current.Length)
        {
            if (!pending.TryDequeue(out var next))
            {
                return 0;
            }

            current = next;
            offset = 0;
        }

        ReadCount++;
        var length = Math.Min(buffer.Length, current.Length - offset);
        current.AsSpan(offset, length).CopyTo(buffer);
        offset += length;
        return length;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
