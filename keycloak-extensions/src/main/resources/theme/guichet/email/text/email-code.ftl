<#ftl output_format="plainText">
<#-- Sent by the guichet-email-code authenticator with the attributes code and validityMinutes. -->
${msg("emailCodeIntro", realmName)}

${code}

${msg("emailCodeValidity", validityMinutes)}

${msg("emailCodeIgnore")}
