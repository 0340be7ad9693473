package org.medexpro.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.medexpro.audit.AuditAction;
import org.medexpro.audit.AuditTrail;
import org.medexpro.security.internal.ApiTokenRepository;
import org.medexpro.security.internal.ApiTokenRepository.TokenOwner;
import org.medexpro.security.internal.StaffAccountRepository;
import org.medexpro.shared.NotFoundException;
import org.medexpro.shared.Sha256;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens for integrations: created by the staff member (or an OWNER for
 * them), shown once, stored only as a SHA-256 hash, revocable, and expiring. A token is
 * 256 random bits, so a fast hash is safe and keeps each API call cheap, unlike a
 * password hash.
 */
@Service
public class ApiTokenService {

	static final String PREFIX = "mxp_";

	private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(5);

	private final ApiTokenRepository tokens;

	private final StaffAccountRepository accounts;

	private final AuditTrail audit;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ApiTokenService(ApiTokenRepository tokens, StaffAccountRepository accounts, AuditTrail audit, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Creates a token for a staff member; the answer carries the secret, which is not
	 * stored and cannot be shown again.
	 * @param validDays 1 to 365
	 */
	@Transactional
	public ApiTokenView create(String username, String name, int validDays) {
		if (CurrentStaff.viaApiToken()) {
			// A leaked token must not outlive its revocation by minting others.
			throw new org.springframework.security.access.AccessDeniedException("tokens are created after signing in with a password");
		}
		if (!accounts.exists(username)) {
			throw new NotFoundException("Staff member");
		}
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		OffsetDateTime now = OffsetDateTime.now(clock);
		UUID id = UUID.randomUUID();
		tokens.insert(id, username, name.strip(), hash(token), now, now.plusDays(validDays));
		audit.record(AuditAction.SECURITY_CHANGE, "ApiToken", id, null, "token '" + name.strip() + "' created for " + username);
		ApiTokenView stored = tokens.find(id).orElseThrow();
		return new ApiTokenView(stored.id(), stored.username(), stored.name(), stored.createdAt(), stored.expiresAt(),
				null, null, token);
	}

	@Transactional(readOnly = true)
	public List<ApiTokenView> list(String username) {
		return tokens.findByUsername(username);
	}

	/**
	 * Revokes a token. A staff member revokes their own; an OWNER any.
	 */
	@Transactional
	public void revoke(UUID id) {
		ApiTokenView token = tokens.find(id)
			.filter(t -> t.username().equals(CurrentStaff.username()) || CurrentStaff.has(Role.OWNER))
			.orElseThrow(() -> new NotFoundException("API token"));
		tokens.revoke(token.id(), OffsetDateTime.now(clock));
		audit.record(AuditAction.SECURITY_CHANGE, "ApiToken", id, null, "token revoked");
	}

	/**
	 * The enabled staff member a presented token belongs to, if the token is known, not
	 * revoked and not expired.
	 */
	@Transactional
	public Optional<StaffMember> authenticate(String token) {
		if (!token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		Optional<TokenOwner> owner = tokens.findActive(hash(token), now);
		owner.filter(o -> o.lastUsedAt() == null || o.lastUsedAt().isBefore(now.minus(LAST_USED_RESOLUTION)))
			.ifPresent(o -> tokens.touch(o.tokenId(), now));
		return owner.map(TokenOwner::member).filter(StaffMember::enabled);
	}

	static String hash(String token) {
		return Sha256.hex(token);
	}

}
