package org.ricercar.archive.members.internal;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.spi.ResteasyClientClassicProvider;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.ricercar.archive.ArchiveSettings;
import org.ricercar.archive.identity.Roles;
import org.ricercar.archive.members.IdentityDirectory;
import org.ricercar.archive.members.IdentityProviderException;
import org.ricercar.archive.members.Member;
import org.ricercar.archive.members.MemberPage;

/**
 * The identity directory in Keycloak, reached with keycloak-admin-client as the confidential admin
 * client's service account. The connection is made on first use, so the application starts and
 * serves public reads while Keycloak is down.
 */
@ApplicationScoped
public class KeycloakDirectory implements IdentityDirectory {

  @Inject ArchiveSettings settings;

  private static final int HOLDERS_PAGE = 500;

  private Keycloak keycloak;

  @Override
  public MemberPage members(String search, int page, int size) {
    return call(
        () -> {
          var users = realm().users();
          List<UserRepresentation> found = users.search(search, page * size, size, true);
          long total = users.count(search);
          return new MemberPage(found.stream().map(this::member).toList(), page, size, total);
        });
  }

  @Override
  public Optional<Member> member(String id) {
    return call(
        () -> {
          try {
            return Optional.of(member(realm().users().get(id).toRepresentation()));
          } catch (NotFoundException e) {
            return Optional.empty();
          }
        });
  }

  @Override
  public List<Member> holdersOf(String role) {
    return call(
        () -> {
          var roles = realm().roles();
          // Each composite role's direct children, read once; then the roles that grant this one.
          Map<String, Set<String>> children = new HashMap<>();
          for (RoleRepresentation candidate : roles.list()) {
            if (Boolean.TRUE.equals(candidate.isComposite())) {
              children.put(
                  candidate.getName(),
                  roles.get(candidate.getName()).getRoleComposites().stream()
                      .map(RoleRepresentation::getName)
                      .collect(Collectors.toSet()));
            }
          }
          Set<String> granting = new HashSet<>(Set.of(role));
          boolean grew = true;
          while (grew) {
            grew = false;
            for (var composite : children.entrySet()) {
              if (!granting.contains(composite.getKey())
                  && composite.getValue().stream().anyMatch(granting::contains)) {
                granting.add(composite.getKey());
                grew = true;
              }
            }
          }
          Map<String, Member> holders = new TreeMap<>();
          for (String name : granting) {
            for (int first = 0; ; first += HOLDERS_PAGE) {
              List<UserRepresentation> users = roles.get(name).getUserMembers(first, HOLDERS_PAGE);
              users.stream()
                  .filter(u -> Boolean.TRUE.equals(u.isEnabled()))
                  .filter(u -> !u.getUsername().startsWith("service-account-"))
                  .forEach(
                      u ->
                          holders.putIfAbsent(
                              u.getId(),
                              new Member(
                                  u.getId(),
                                  u.getUsername(),
                                  u.getFirstName(),
                                  u.getLastName(),
                                  u.getEmail(),
                                  true,
                                  List.of(role))));
              if (users.size() < HOLDERS_PAGE) {
                break;
              }
            }
          }
          return List.copyOf(holders.values());
        });
  }

  @Override
  public void grant(String memberId, String role) {
    call(
        () -> {
          realm().users().get(memberId).roles().realmLevel().add(List.of(role(role)));
          return null;
        });
  }

  @Override
  public void revoke(String memberId, String role) {
    call(
        () -> {
          realm().users().get(memberId).roles().realmLevel().remove(List.of(role(role)));
          return null;
        });
  }

  private Member member(UserRepresentation user) {
    List<String> roles =
        realm().users().get(user.getId()).roles().realmLevel().listEffective().stream()
            .map(RoleRepresentation::getName)
            .filter(Roles.ALL::contains)
            .sorted((a, b) -> Roles.ALL.indexOf(a) - Roles.ALL.indexOf(b))
            .toList();
    return new Member(
        user.getId(),
        user.getUsername(),
        user.getFirstName(),
        user.getLastName(),
        user.getEmail(),
        Boolean.TRUE.equals(user.isEnabled()),
        roles);
  }

  private RoleRepresentation role(String name) {
    return realm().roles().get(name).toRepresentation();
  }

  private synchronized RealmResource realm() {
    if (keycloak == null) {
      String secret =
          settings
              .adminClientSecret()
              .orElseThrow(
                  () ->
                      new IdentityProviderException(
                          "Member administration is not configured: set"
                              + " RICERCAR_IDENTITY_ADMIN_CLIENT_SECRET.",
                          null));
      keycloak =
          KeycloakBuilder.builder()
              .serverUrl(settings.identityUrl())
              .realm(settings.realm())
              .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
              .clientId(settings.adminClient())
              .clientSecret(secret)
              .resteasyClient(
                  ResteasyClientClassicProvider.createClientBuilder()
                      .connectTimeout(2, TimeUnit.SECONDS)
                      .readTimeout(10, TimeUnit.SECONDS)
                      .build())
              .build();
    }
    return keycloak.realm(settings.realm());
  }

  /** Runs a directory call, reporting an unreachable or refusing Keycloak as one exception. */
  private static <T> T call(Supplier<T> action) {
    try {
      return action.get();
    } catch (ProcessingException e) {
      throw new IdentityProviderException("The identity provider cannot be reached.", e);
    } catch (NotFoundException e) {
      throw e;
    } catch (WebApplicationException e) {
      throw new IdentityProviderException(
          "The identity provider refused the request (HTTP " + e.getResponse().getStatus() + ").",
          e);
    }
  }

  @PreDestroy
  synchronized void close() {
    if (keycloak != null) {
      keycloak.close();
    }
  }
}
