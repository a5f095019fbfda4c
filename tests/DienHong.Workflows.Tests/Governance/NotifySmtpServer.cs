using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using DienHong.Workflows.Activities.Notifications;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace DienHong.Workflows.Tests.Governance;

/// <summary>
/// A real SMTP server (package SmtpServer) on a loopback port the OS picks, inside the test process. It keeps every
/// message it receives. <see cref="StartAsync"/> returns once the endpoint listens, so no client can race it.
/// </summary>
internal sealed class NotifySmtpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource stop;
    private readonly Task running;

    private NotifySmtpServer(Capture capture, CancellationTokenSource stop, Task running, int port)
    {
        Messages = capture.Messages;
        this.stop = stop;
        this.running = running;
        Port = port;
    }

    public int Port { get; }

    public ConcurrentQueue<MimeMessage> Messages { get; }

    /// <summary>The dispatcher's options for sending to this server (no TLS, a fixed sender).</summary>
    public IOptions<NotificationOptions> Options => Microsoft.Extensions.Options.Options.Create(new NotificationOptions
    {
        SmtpHost = "127.0.0.1",
        SmtpPort = Port,
        Security = SecureSocketOptions.None,
        FromAddress = "dienhong@example.vn",
        FromName = "Điền Hồng",
    });

    public static async Task<NotifySmtpServer> StartAsync()
    {
        var capture = new Capture();
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var listeners = new EndpointListenerFactory();
        listeners.EndpointStarted += (_, e) => listening.TrySetResult(((IPEndPoint)e.LocalEndPoint).Port);
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(capture);
        services.Add(listeners);
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, 0)))
            .Build();
        var server = new SmtpServer.SmtpServer(options, services);
        var stop = new CancellationTokenSource();
        var running = server.StartAsync(stop.Token);
        var port = await listening.Task.WaitAsync(TimeSpan.FromSeconds(30));
        return new NotifySmtpServer(capture, stop, running, port);
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await running;
        }
        catch (OperationCanceledException)
        {
            // The server stops by cancellation.
        }

        stop.Dispose();
    }

    private sealed class Capture : MessageStore
    {
        public ConcurrentQueue<MimeMessage> Messages { get; } = new();

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            await using var stream = new MemoryStream(buffer.ToArray());
            Messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
