package dev.asciicall.portmap;

import dev.asciicall.common.Subscription;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a router port open for a hosted call: asks with PCP, then NAT-PMP, then UPnP IGD (the first
 * two are one round trip to the gateway, UPnP needs a multicast search), opens TCP and, at the same
 * public number, UDP for voice; learns the public address; renews the lease at half its life;
 * removes the mapping on {@link #stop()} and, if the JVM exits first, from an exit hook.
 *
 * <p>Threads: all router traffic runs on the {@code executor} given (one task at a time, it blocks
 * for seconds), renewals are timed by the {@link Scheduler}, and status listeners are called on the
 * executor's thread. {@link #status()} may be read from any thread.
 */
public final class PortMappingService {

  private static final Logger LOG = LoggerFactory.getLogger(PortMappingService.class);

  /** A router granting only seconds is still not asked more often than this. */
  private static final Duration MIN_RENEWAL = Duration.ofSeconds(5);

  private final MappingSettings settings;
  private final RouterAccess access;
  private final Executor executor;
  private final Scheduler scheduler;
  private final List<Consumer<MappingStatus>> listeners = new CopyOnWriteArrayList<>();

  private volatile MappingStatus status = new MappingStatus.Off();

  // Guarded by this: what the router holds for us, so the exit hook can remove it.
  private final List<PortMapping> active = new ArrayList<>();
  private PortMapper activeMapper;
  private Subscription renewal = Subscription.NONE;
  private Subscription exitHook = Subscription.NONE;
  private boolean running;

  PortMappingService(
      MappingSettings settings, RouterAccess access, Executor executor, Scheduler scheduler) {
    this.settings = settings;
    this.access = access;
    this.executor = executor;
    this.scheduler = scheduler;
  }

  /**
   * A service that asks this computer's router: the default gateway for PCP and NAT-PMP, SSDP
   * multicast for UPnP, the JVM's exit hooks.
   *
   * @param executor runs the router traffic; a single named thread, e.g. {@code
   *     Threads.single("portmap")}, that outlives {@link #stop()}
   * @param timer times the renewals, e.g. {@code Threads.scheduled("portmap-renew")}
   */
  public static PortMappingService forThisComputer(
      MappingSettings settings, Executor executor, ScheduledExecutorService timer) {
    return new PortMappingService(
        settings, RouterAccess.forThisComputer(), executor, Scheduler.of(timer, Clock.systemUTC()));
  }

  /** Starts asking the router; returns at once. Status listeners hear the outcome. */
  public synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    exitHook = access.exitHook().register("portmap-exit", this::removeMappings);
    executor.execute(this::acquire);
  }

  /**
   * Stops renewing and removes the mapping from the router. The future completes when the router
   * has been asked (or could not be reached); waiting for it is optional.
   */
  public CompletableFuture<Void> stop() {
    synchronized (this) {
      if (!running) {
        return CompletableFuture.completedFuture(null);
      }
      running = false;
      renewal.close();
      exitHook.close();
    }
    CompletableFuture<Void> done = new CompletableFuture<>();
    Runnable removal =
        () -> {
          removeMappings();
          publish(new MappingStatus.Off());
          done.complete(null);
        };
    try {
      executor.execute(removal);
    } catch (RejectedExecutionException e) {
      // The owner shut the executor down first: remove the mapping on this thread instead.
      removal.run();
    }
    return done;
  }

  /** The latest status; any thread. */
  public MappingStatus status() {
    return status;
  }

  /** Hears every status change, on the service's executor thread. */
  public Subscription onStatus(Consumer<MappingStatus> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /** On the executor: tries each protocol in turn until one maps the port. */
  private void acquire() {
    if (!isRunning()) {
      return;
    }
    publish(new MappingStatus.Searching(settings.port()));
    List<String> silent = new ArrayList<>();
    MappingRefusedException refusal = null;
    for (PortMapper mapper : access.mappers()) {
      if (!isRunning()) {
        return;
      }
      try {
        PortMapping tcp = mapper.map(request(Transport.TCP, settings.port(), preferred()));
        held(mapper, tcp);
        Optional<PortMapping> udp = mapUdp(mapper, tcp.externalPort());
        publishMapped(tcp, udp);
        return;
      } catch (MappingRefusedException e) {
        LOG.info("{} refused: {}", mapper.protocol(), e.getMessage());
        if (e.unsupported()) {
          silent.add(mapper.protocol() + ": " + e.getMessage());
        } else if (refusal == null) {
          refusal = e;
        }
      } catch (IOException e) {
        LOG.info("{}: {}", mapper.protocol(), e.getMessage());
        silent.add(mapper.protocol() + ": " + e.getMessage());
      }
    }
    Optional<InetAddress> local = access.localAddress().get();
    Optional<InetAddress> publicAddress = stunAddress();
    publish(
        refusal != null
            ? new MappingStatus.Refused(
                refusal.protocol(), refusal.getMessage(), settings.port(), local, publicAddress)
            : new MappingStatus.NoRouter(
                String.join("; ", silent), settings.port(), local, publicAddress));
  }

  /** UDP at exactly the TCP mapping's public number, or nothing: a joiner knows one number. */
  private Optional<PortMapping> mapUdp(PortMapper mapper, int externalPort) {
    if (!settings.transports().contains(Transport.UDP)) {
      return Optional.empty();
    }
    try {
      PortMapping udp =
          mapper.map(request(Transport.UDP, externalPort, MappingRequest.PortChoice.EXACT));
      if (udp.externalPort() == externalPort) {
        held(mapper, udp);
        return Optional.of(udp);
      }
      mapper.unmap(udp);
    } catch (IOException | MappingRefusedException e) {
      LOG.info("{} did not open UDP {}: {}", mapper.protocol(), externalPort, e.getMessage());
    }
    return Optional.empty();
  }

  /** On the executor: asks again for what is held; if the router forgot or refuses, starts over. */
  private void renew() {
    PortMapper mapper;
    List<PortMapping> current;
    synchronized (this) {
      if (!running || activeMapper == null) {
        return;
      }
      mapper = activeMapper;
      current = List.copyOf(active);
    }
    Optional<PortMapping> tcp = Optional.empty();
    Optional<PortMapping> udp = Optional.empty();
    for (PortMapping mapping : current) {
      try {
        PortMapping renewed =
            mapper.map(
                request(
                    mapping.transport(), mapping.externalPort(), MappingRequest.PortChoice.EXACT));
        if (renewed.externalPort() != mapping.externalPort()) {
          throw MappingRefusedException.refused(
              mapper.protocol(), 0, "the router moved the mapping to another port");
        }
        if (mapping.transport() == Transport.TCP) {
          tcp = Optional.of(renewed);
        } else {
          udp = Optional.of(renewed);
        }
      } catch (IOException | MappingRefusedException e) {
        LOG.info(
            "renewing {} {} failed: {}", mapper.protocol(), mapping.transport(), e.getMessage());
        if (mapping.transport() == Transport.TCP) {
          removeMappings();
          acquire();
          return;
        }
      }
    }
    synchronized (this) {
      active.clear();
      tcp.ifPresent(active::add);
      udp.ifPresent(active::add);
    }
    if (tcp.isPresent()) {
      publishMapped(tcp.get(), udp);
    }
  }

  private void publishMapped(PortMapping tcp, Optional<PortMapping> udp) {
    Optional<InetAddress> publicAddress =
        tcp.externalAddress().isPresent() ? tcp.externalAddress() : stunAddress();
    Set<Transport> transports = EnumSet.of(Transport.TCP);
    udp.ifPresent(mapping -> transports.add(Transport.UDP));
    Duration lease = udp.map(mapping -> shorter(mapping.lease(), tcp.lease())).orElse(tcp.lease());
    synchronized (this) {
      if (!running) {
        return;
      }
      renewal.close();
      if (!lease.isZero()) {
        Duration half = lease.dividedBy(2);
        renewal =
            scheduler.schedule(
                () -> executor.execute(this::renew),
                half.compareTo(MIN_RENEWAL) < 0 ? MIN_RENEWAL : half);
      }
    }
    publish(
        new MappingStatus.Mapped(
            tcp.protocol(), settings.port(), tcp.externalPort(), transports, publicAddress, lease));
  }

  /** A permanent (zero) lease is the longest. */
  private static Duration shorter(Duration a, Duration b) {
    if (a.isZero()) {
      return b;
    }
    if (b.isZero()) {
      return a;
    }
    return a.compareTo(b) <= 0 ? a : b;
  }

  private Optional<InetAddress> stunAddress() {
    if (settings.stunServer().isEmpty()) {
      return Optional.empty();
    }
    try {
      InetSocketAddress seen = access.stun().publicAddress(settings.stunServer().get());
      return Optional.of(seen.getAddress());
    } catch (IOException e) {
      LOG.info("STUN: {}", e.getMessage());
      return Optional.empty();
    }
  }

  private synchronized void held(PortMapper mapper, PortMapping mapping) {
    activeMapper = mapper;
    active.add(mapping);
  }

  /**
   * Asks the router to drop what we hold. On the executor, or on the exit hook's thread when the
   * JVM exits; the lock makes sure each mapping is removed once.
   */
  private void removeMappings() {
    PortMapper mapper;
    List<PortMapping> toRemove;
    synchronized (this) {
      mapper = activeMapper;
      toRemove = List.copyOf(active);
      active.clear();
      activeMapper = null;
      renewal.close();
    }
    for (PortMapping mapping : toRemove) {
      try {
        mapper.unmap(mapping);
      } catch (IOException | MappingRefusedException e) {
        LOG.info("removing {} {}: {}", mapping.protocol(), mapping.transport(), e.getMessage());
      }
    }
  }

  private MappingRequest request(
      Transport transport, int externalPort, MappingRequest.PortChoice choice) {
    return new MappingRequest(
        transport, settings.port(), externalPort, choice, settings.lease(), settings.description());
  }

  private static MappingRequest.PortChoice preferred() {
    return MappingRequest.PortChoice.PREFERRED;
  }

  private synchronized boolean isRunning() {
    return running;
  }

  private void publish(MappingStatus next) {
    status = next;
    for (Consumer<MappingStatus> listener : listeners) {
      try {
        listener.accept(next);
      } catch (RuntimeException e) {
        LOG.warn("port mapping status listener failed", e);
      }
    }
  }
}
