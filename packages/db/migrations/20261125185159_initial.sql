-- 20261125185159_initial
-- Written by `gen migrate new initial` from the spec. Review it before committing; once applied anywhere, never edit it.

-- Extensions
CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;

-- Enum types
CREATE TYPE adm_role AS ENUM ('super_admin', 'admin', 'moderator', 'support_agent', 'content_editor', 'data_analyst', 'finance');
CREATE TYPE ana_market_product_type AS ENUM ('broiler', 'layer', 'breeder', 'chicks_broiler', 'chicks_layer', 'eggs_table', 'eggs_hatching', 'feed_broiler_starter', 'feed_broiler_finisher', 'feed_layer', 'feed_breeder', 'medicine', 'vaccine', 'equipment', 'other');
CREATE TYPE ana_price_source AS ENUM ('user_reported', 'government', 'market_aggregator', 'business_reported', 'api_feed', 'scraped', 'manual');
CREATE TYPE biz_certification_type AS ENUM ('quality', 'safety', 'organic', 'halal', 'environmental', 'biosecurity', 'iso', 'gmp', 'haccp', 'fssai', 'other');
CREATE TYPE biz_company_size AS ENUM ('micro', 'small', 'medium', 'large', 'enterprise');
CREATE TYPE biz_contact_type AS ENUM ('sales', 'technical', 'admin', 'customer_service', 'orders', 'hr', 'support');
CREATE TYPE biz_coverage_type AS ENUM ('national', 'state', 'district', 'city', 'pin_code');
CREATE TYPE biz_employment_type AS ENUM ('full_time', 'part_time', 'contract', 'advisor');
CREATE TYPE biz_farm_type AS ENUM ('broiler', 'layer', 'breeder', 'hatchery', 'integrated', 'country_chicken', 'duck', 'quail', 'turkey');
CREATE TYPE biz_farming_system AS ENUM ('conventional', 'organic', 'free_range', 'cage_free', 'deep_litter', 'battery_cage', 'semi_intensive', 'environment_controlled');
CREATE TYPE biz_location_type AS ENUM ('headquarters', 'branch', 'warehouse', 'farm', 'hatchery', 'factory', 'office', 'retail', 'distribution_center');
CREATE TYPE biz_payment_term AS ENUM ('advance', 'cash_on_delivery', 'credit', 'upi', 'bank_transfer', 'cheque');
CREATE TYPE biz_profile_status AS ENUM ('draft', 'active', 'suspended', 'closed');
CREATE TYPE biz_supply_category AS ENUM ('feed', 'medicine', 'vaccines', 'equipment', 'chicks', 'supplements', 'disinfectants', 'packaging', 'spare_parts', 'lab_supplies', 'other');
CREATE TYPE cms_contact_status AS ENUM ('new', 'in_progress', 'responded', 'closed', 'spam');
CREATE TYPE cms_content_format AS ENUM ('markdown', 'html', 'rich_text_json');
CREATE TYPE cms_early_access_status AS ENUM ('waitlisted', 'invited', 'converted', 'declined', 'unsubscribed');
CREATE TYPE cms_inquiry_type AS ENUM ('general', 'sales', 'partnership', 'advertising', 'support', 'media', 'careers', 'other');
CREATE TYPE cms_post_status AS ENUM ('draft', 'in_review', 'scheduled', 'published', 'archived');
CREATE TYPE cms_subscriber_status AS ENUM ('pending', 'subscribed', 'unsubscribed', 'bounced', 'complained');
CREATE TYPE eml_bounce_type AS ENUM ('permanent', 'transient', 'undetermined');
CREATE TYPE eml_campaign_kind AS ENUM ('broadcast', 'drip', 'newsletter', 'triggered');
CREATE TYPE eml_campaign_status AS ENUM ('draft', 'scheduled', 'sending', 'active', 'paused', 'completed', 'cancelled', 'failed');
CREATE TYPE eml_dmarc_policy AS ENUM ('none', 'quarantine', 'reject');
CREATE TYPE eml_event_type AS ENUM ('send', 'delivery', 'bounce', 'complaint', 'reject', 'open', 'click', 'delivery_delay', 'rendering_failure', 'unsubscribe', 'subscription');
CREATE TYPE eml_message_category AS ENUM ('transactional', 'security', 'notification', 'digest', 'marketing', 'newsletter', 'support');
CREATE TYPE eml_provider AS ENUM ('ses', 'smtp', 'log_only');
CREATE TYPE eml_queue_status AS ENUM ('queued', 'processing', 'sent', 'failed', 'cancelled', 'suppressed');
CREATE TYPE eml_recipient_status AS ENUM ('pending', 'active', 'completed', 'unsubscribed', 'bounced', 'complained', 'suppressed', 'failed', 'exited');
CREATE TYPE eml_suppression_reason AS ENUM ('hard_bounce', 'soft_bounce_limit', 'complaint', 'unsubscribe', 'invalid_address', 'manual');
CREATE TYPE eml_suppression_scope AS ENUM ('all', 'marketing');
CREATE TYPE eml_template_version_status AS ENUM ('draft', 'published', 'archived');
CREATE TYPE eml_verification_status AS ENUM ('not_started', 'pending', 'success', 'failed', 'temporary_failure');
CREATE TYPE evt_checkin_direction AS ENUM ('check_in', 'check_out');
CREATE TYPE evt_checkin_method AS ENUM ('qr_scan', 'manual', 'self_kiosk', 'online_join');
CREATE TYPE evt_event_format AS ENUM ('in_person', 'online', 'hybrid');
CREATE TYPE evt_event_status AS ENUM ('draft', 'published', 'postponed', 'cancelled', 'completed');
CREATE TYPE evt_exhibitor_status AS ENUM ('applied', 'approved', 'confirmed', 'rejected', 'withdrawn');
CREATE TYPE evt_payment_status AS ENUM ('not_required', 'pending', 'paid', 'failed', 'refunded', 'partially_refunded');
CREATE TYPE evt_registration_status AS ENUM ('pending', 'confirmed', 'waitlisted', 'cancelled', 'rejected');
CREATE TYPE evt_resource_type AS ENUM ('slides', 'document', 'video', 'recording', 'link', 'image');
CREATE TYPE evt_resource_visibility AS ENUM ('public', 'registrants', 'attendees');
CREATE TYPE evt_session_type AS ENUM ('keynote', 'talk', 'panel', 'workshop', 'demo', 'field_visit', 'exhibition', 'networking', 'ceremony', 'break');
CREATE TYPE evt_speaker_role AS ENUM ('keynote', 'speaker', 'panelist', 'moderator', 'trainer', 'chief_guest', 'guest_of_honour');
CREATE TYPE evt_stall_status AS ENUM ('available', 'reserved', 'booked', 'blocked');
CREATE TYPE evt_stall_type AS ENUM ('shell_scheme', 'raw_space', 'corner', 'island', 'pavilion');
CREATE TYPE evt_visibility AS ENUM ('public', 'members_only', 'unlisted', 'private');
CREATE TYPE int_credential_status AS ENUM ('active', 'expired', 'revoked', 'error');
CREATE TYPE int_environment AS ENUM ('sandbox', 'production');
CREATE TYPE int_invitation_channel AS ENUM ('email', 'sms', 'whatsapp', 'link');
CREATE TYPE int_invitation_status AS ENUM ('pending', 'sent', 'opened', 'accepted', 'declined', 'expired', 'revoked');
CREATE TYPE int_provider AS ENUM ('razorpay', 'razorpayx', 'aws_ses', 'aws_sns', 'aws_s3', 'whatsapp_cloud', 'msg91', 'gupshup', 'twilio', 'firebase', 'google', 'facebook', 'linkedin', 'instagram', 'youtube', 'zoho_books', 'tally', 'openai', 'other');
CREATE TYPE job_application_method AS ENUM ('internal', 'external', 'email', 'phone');
CREATE TYPE job_education_level AS ENUM ('none', 'tenth', 'twelfth', 'iti', 'diploma', 'graduate', 'postgraduate', 'doctorate');
CREATE TYPE job_posting_status AS ENUM ('draft', 'published', 'paused', 'closed', 'filled', 'expired');
CREATE TYPE job_salary_period AS ENUM ('hourly', 'daily', 'monthly', 'annual');
CREATE TYPE job_work_mode AS ENUM ('on_site', 'remote', 'hybrid');
CREATE TYPE mkt_campaign_objective AS ENUM ('awareness', 'acquisition', 'activation', 'engagement', 'retention', 'referral', 'event_promotion', 'product_launch');
CREATE TYPE mkt_campaign_status AS ENUM ('draft', 'planned', 'active', 'paused', 'completed', 'cancelled');
CREATE TYPE mkt_channel_kind AS ENUM ('social', 'video', 'blog', 'email', 'whatsapp', 'sms', 'podcast', 'community', 'paid_ads', 'offline', 'partner');
CREATE TYPE mkt_content_status AS ENUM ('planned', 'drafting', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived', 'cancelled');
CREATE TYPE mkt_idea_source AS ENUM ('team', 'member_request', 'support_feedback', 'analytics', 'competitor', 'seasonal', 'news', 'ai_suggestion');
CREATE TYPE mkt_idea_status AS ENUM ('new', 'shortlisted', 'approved', 'converted', 'parked', 'rejected');
CREATE TYPE mkt_kpi_granularity AS ENUM ('day', 'week', 'month', 'quarter');
CREATE TYPE mkt_kpi_source AS ENUM ('manual', 'platform_api', 'csv_import');
CREATE TYPE mkt_schedule_status AS ENUM ('planned', 'queued', 'publishing', 'published', 'failed', 'cancelled');
CREATE TYPE mkt_topic_status AS ENUM ('proposed', 'approved', 'active', 'exhausted', 'retired');
CREATE TYPE msg_conversation_type AS ENUM ('direct', 'group', 'business_inquiry');
CREATE TYPE msg_message_type AS ENUM ('text', 'image', 'video', 'audio', 'document', 'location', 'contact', 'listing_card', 'system');
CREATE TYPE msg_participant_role AS ENUM ('owner', 'admin', 'member');
CREATE TYPE nec_annotation_type AS ENUM ('spike', 'trend', 'anomaly', 'prediction', 'general');
CREATE TYPE nec_impact_level AS ENUM ('low', 'medium', 'high');
CREATE TYPE nec_model_provider AS ENUM ('openai', 'anthropic', 'custom');
CREATE TYPE nec_price_source AS ENUM ('scraped', 'manual', 'imported');
CREATE TYPE nec_scrape_mode AS ENUM ('cron', 'manual');
CREATE TYPE nec_scrape_status AS ENUM ('success', 'partial', 'failure');
CREATE TYPE nec_zone_type AS ENUM ('production_center', 'consumption_center');
CREATE TYPE ntf_category AS ENUM ('social', 'network', 'messaging', 'business', 'marketplace', 'jobs', 'events', 'market_prices', 'organizations', 'gamification', 'security', 'system', 'announcements');
CREATE TYPE ntf_delivery_channel AS ENUM ('in_app', 'push', 'email', 'sms', 'whatsapp');
CREATE TYPE ntf_frequency AS ENUM ('instant', 'hourly_digest', 'daily_digest', 'weekly_digest');
CREATE TYPE ntf_priority AS ENUM ('low', 'normal', 'high', 'critical');
CREATE TYPE org_announcement_priority AS ENUM ('low', 'normal', 'high', 'urgent');
CREATE TYPE org_application_status AS ENUM ('submitted', 'under_review', 'approved', 'rejected', 'withdrawn');
CREATE TYPE org_billing_period AS ENUM ('one_time', 'monthly', 'quarterly', 'half_yearly', 'annual', 'lifetime');
CREATE TYPE org_committee_role AS ENUM ('chair', 'co_chair', 'convenor', 'secretary', 'treasurer', 'member', 'invitee');
CREATE TYPE org_committee_type AS ENUM ('executive', 'standing', 'advisory', 'technical', 'ad_hoc');
CREATE TYPE org_content_visibility AS ENUM ('public', 'members_only', 'leadership_only');
CREATE TYPE org_invitation_status AS ENUM ('pending', 'accepted', 'declined', 'expired', 'revoked');
CREATE TYPE org_member_kind AS ENUM ('individual', 'corporate', 'institutional', 'student', 'honorary');
CREATE TYPE org_member_status AS ENUM ('active', 'pending_payment', 'expired', 'suspended', 'resigned', 'removed');
CREATE TYPE org_membership_approval AS ENUM ('open', 'approval_required', 'invite_only');
CREATE TYPE org_membership_event AS ENUM ('joined', 'renewed', 'tier_changed', 'role_changed', 'suspended', 'reinstated', 'expired', 'resigned', 'removed');
CREATE TYPE org_office_type AS ENUM ('headquarters', 'regional', 'state', 'district', 'liaison');
CREATE TYPE org_permission AS ENUM ('manage_profile', 'manage_members', 'approve_applications', 'manage_roles', 'manage_committees', 'manage_events', 'post_announcements', 'manage_resources', 'manage_finances', 'manage_elections', 'view_reports');
CREATE TYPE org_registration_type AS ENUM ('society', 'trust', 'section8_company', 'cooperative', 'producer_company', 'government_body', 'informal', 'other');
CREATE TYPE org_resource_type AS ENUM ('document', 'circular', 'guideline', 'report', 'presentation', 'video', 'link', 'form');
CREATE TYPE org_scope AS ENUM ('national', 'regional', 'state', 'district', 'local');
CREATE TYPE org_status AS ENUM ('draft', 'active', 'suspended', 'archived');
CREATE TYPE org_verification_status AS ENUM ('unverified', 'pending', 'verified', 'rejected');
CREATE TYPE org_visibility AS ENUM ('public', 'members_only', 'hidden');
CREATE TYPE prd_bird_stage AS ENUM ('day_old', 'starter', 'grower', 'finisher', 'pre_lay', 'laying', 'breeding');
CREATE TYPE prd_bird_type AS ENUM ('broiler', 'layer', 'breeder', 'country_chicken', 'duck', 'quail', 'turkey');
CREATE TYPE prd_formulation AS ENUM ('powder', 'liquid', 'tablet', 'bolus', 'injection', 'premix', 'mash', 'crumble', 'pellet', 'other');
CREATE TYPE prd_product_status AS ENUM ('draft', 'published', 'archived');
CREATE TYPE prd_review_status AS ENUM ('pending', 'approved', 'rejected', 'hidden');
CREATE TYPE prd_unit AS ENUM ('g', 'kg', 'tonne', 'ml', 'l', 'piece', 'dose', 'vial', 'bag', 'tray', 'box', 'bird');
CREATE TYPE prf_email_frequency AS ENUM ('instant', 'daily', 'weekly', 'never');
CREATE TYPE prf_unsubscribe_source AS ENUM ('preference_center', 'one_click_link', 'list_unsubscribe_header', 'spam_complaint', 'support_request', 'admin');
CREATE TYPE profile_status AS ENUM ('pending', 'active', 'suspended', 'deactivated');
CREATE TYPE profile_type AS ENUM ('farmer', 'veterinarian', 'supplier', 'consultant', 'researcher', 'student', 'other');
CREATE TYPE que_offline_status AS ENUM ('pending', 'delivered', 'push_sent', 'expired');
CREATE TYPE que_sms_category AS ENUM ('transactional', 'service_implicit', 'service_explicit', 'promotional');
CREATE TYPE que_sms_provider AS ENUM ('msg91', 'gupshup', 'twilio', 'aws_sns');
CREATE TYPE que_status AS ENUM ('queued', 'processing', 'sent', 'delivered', 'read', 'failed', 'cancelled', 'expired');
CREATE TYPE que_whatsapp_category AS ENUM ('marketing', 'utility', 'authentication', 'service');
CREATE TYPE que_whatsapp_message_type AS ENUM ('template', 'text', 'image', 'document', 'video', 'interactive', 'location');
CREATE TYPE ref_attribute_data_type AS ENUM ('text', 'number', 'boolean', 'date', 'select', 'multiselect');
CREATE TYPE ref_contact_import_source AS ENUM ('google', 'phone', 'csv', 'manual');
CREATE TYPE ref_contact_import_status AS ENUM ('pending', 'processing', 'completed', 'failed');
CREATE TYPE ref_dashboard_widget_type AS ENUM ('market_prices', 'fcr_calculator', 'feed_projection', 'profit_calculator', 'mortality_tracker', 'quick_links', 'recent_posts', 'network_activity', 'upcoming_events', 'weather', 'news_feed', 'stats_summary', 'community_growth');
CREATE TYPE ref_skill_category AS ENUM ('technical', 'management', 'operational', 'analytical', 'communication', 'safety', 'compliance', 'software', 'other');
CREATE TYPE shr_comment_status AS ENUM ('visible', 'hidden', 'flagged', 'removed');
CREATE TYPE shr_reaction AS ENUM ('like', 'celebrate', 'support', 'insightful', 'curious');
CREATE TYPE shr_share_channel AS ENUM ('feed', 'whatsapp', 'facebook', 'x', 'linkedin', 'telegram', 'email', 'sms', 'copy_link', 'other');
CREATE TYPE soc_connection_status AS ENUM ('pending', 'accepted', 'declined', 'withdrawn');
CREATE TYPE soc_follow_target AS ENUM ('profile', 'business', 'organization');
CREATE TYPE soc_moderation_status AS ENUM ('visible', 'flagged', 'hidden', 'removed');
CREATE TYPE soc_post_status AS ENUM ('draft', 'scheduled', 'published', 'archived');
CREATE TYPE soc_post_type AS ENUM ('text', 'photo', 'video', 'document', 'link', 'poll', 'question', 'article');
CREATE TYPE soc_post_visibility AS ENUM ('public', 'connections', 'followers', 'group_members', 'private');
CREATE TYPE soc_report_reason AS ENUM ('spam', 'harassment', 'hate_speech', 'misinformation', 'scam_or_fraud', 'violence', 'nudity', 'animal_cruelty', 'intellectual_property', 'impersonation', 'other');
CREATE TYPE soc_report_status AS ENUM ('open', 'under_review', 'actioned', 'dismissed');
CREATE TYPE soc_share_channel AS ENUM ('whatsapp', 'facebook', 'x', 'linkedin', 'telegram', 'instagram', 'email', 'sms', 'copy_link', 'native_share', 'other');
CREATE TYPE soc_suggestion_reason AS ENUM ('mutual_connections', 'same_district', 'same_state', 'same_profile_type', 'same_organization', 'same_business', 'shared_skills', 'imported_contact', 'viewed_profile');
CREATE TYPE soc_view_source AS ENUM ('feed', 'profile', 'search', 'hashtag', 'group', 'share_link', 'notification', 'direct');
CREATE TYPE sup_channel AS ENUM ('web', 'android', 'ios', 'whatsapp', 'email', 'phone', 'in_person');
CREATE TYPE sup_insight_origin AS ENUM ('ai', 'manual');
CREATE TYPE sup_insight_status AS ENUM ('open', 'acknowledged', 'planned', 'actioned', 'dismissed');
CREATE TYPE sup_insight_type AS ENUM ('trend', 'pain_point', 'feature_demand', 'bug_cluster', 'sentiment_shift', 'praise_theme');
CREATE TYPE sup_priority AS ENUM ('low', 'normal', 'high', 'urgent');
CREATE TYPE sup_sentiment AS ENUM ('positive', 'neutral', 'negative', 'mixed');
CREATE TYPE sup_status AS ENUM ('new', 'triaged', 'in_progress', 'waiting_on_user', 'resolved', 'closed', 'duplicate', 'wont_fix');
CREATE TYPE sup_submission_type AS ENUM ('bug', 'feature_request', 'feedback', 'complaint', 'question', 'praise', 'content_issue', 'account_issue', 'payment_issue');
CREATE TYPE sup_workflow_trigger AS ENUM ('submission_created', 'status_changed', 'priority_changed', 'tag_added', 'comment_added', 'sla_due', 'scheduled');
CREATE TYPE usr_activity_type AS ENUM ('signed_up', 'logged_in', 'profile_updated', 'role_added', 'post_created', 'comment_created', 'connection_requested', 'connection_accepted', 'followed', 'product_listed', 'job_applied', 'event_registered', 'verification_submitted', 'search_performed', 'content_shared', 'other');
CREATE TYPE usr_consultation_mode AS ENUM ('farm_visit', 'in_person', 'phone', 'video', 'chat');
CREATE TYPE usr_employment_type AS ENUM ('full_time', 'part_time', 'self_employed', 'contract', 'internship', 'apprenticeship', 'seasonal');
CREATE TYPE usr_farm_type AS ENUM ('layer', 'broiler', 'breeder', 'hatchery', 'integrated', 'backyard', 'mixed');
CREATE TYPE usr_housing_system AS ENUM ('deep_litter', 'cage', 'environment_controlled', 'slatted_floor', 'free_range');
CREATE TYPE usr_message_permission AS ENUM ('everyone', 'connections', 'verified_members', 'nobody');
CREATE TYPE usr_role AS ENUM ('farmer', 'veterinarian', 'supplier', 'consultant', 'researcher', 'student');
CREATE TYPE usr_skill_proficiency AS ENUM ('beginner', 'intermediate', 'advanced', 'expert');
CREATE TYPE usr_supply_category AS ENUM ('feed', 'feed_additives', 'medicines', 'vaccines', 'equipment', 'day_old_chicks', 'hatching_eggs', 'packaging', 'litter_material', 'services', 'other');
CREATE TYPE usr_theme AS ENUM ('system', 'light', 'dark');
CREATE TYPE usr_verification_status AS ENUM ('pending', 'in_review', 'approved', 'rejected', 'expired', 'cancelled');
CREATE TYPE usr_verification_type AS ENUM ('phone', 'email', 'identity', 'veterinary_license', 'professional_certificate', 'business_registration', 'gstin', 'farm_ownership');
CREATE TYPE usr_vet_qualification AS ENUM ('bvsc_ah', 'mvsc', 'phd', 'diploma', 'other');
CREATE TYPE usr_visibility AS ENUM ('public', 'members', 'connections', 'private');

-- Tables
CREATE TABLE ana_ndp_categories (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  slug varchar(60) NOT NULL,
  name varchar(60) NOT NULL,
  description text,
  color char(7),
  icon varchar(16),
  sort_order integer NOT NULL DEFAULT 0,
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_ana_ndp_categories PRIMARY KEY (id),
  CONSTRAINT uq_ana_ndp_categories_slug UNIQUE (slug),
  CONSTRAINT uq_ana_ndp_categories_name UNIQUE (name),
  CONSTRAINT ck_ana_ndp_categories_slug CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  CONSTRAINT ck_ana_ndp_categories_name_not_blank CHECK (length(btrim(name)) > 0),
  CONSTRAINT ck_ana_ndp_categories_color CHECK (color ~ '^#[0-9A-Fa-f]{6}$')
);
CREATE TABLE cms_categories (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  parent_id uuid,
  slug citext NOT NULL,
  name varchar(80) NOT NULL,
  description text,
  cover_image_url text,
  seo_title varchar(70),
  seo_description varchar(170),
  sort_order integer NOT NULL DEFAULT 0,
  is_active boolean NOT NULL DEFAULT true,
  post_count integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_cms_categories PRIMARY KEY (id),
  CONSTRAINT uq_cms_categories_slug UNIQUE (slug),
  CONSTRAINT ck_cms_categories_slug CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  CONSTRAINT ck_cms_categories_name_not_blank CHECK (length(btrim(name)) > 0),
  CONSTRAINT ck_cms_categories_post_count_range CHECK (post_count >= 0),
  CONSTRAINT ck_cms_categories_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE TABLE cms_tags (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  slug citext NOT NULL,
  name varchar(60) NOT NULL,
  description text,
  post_count integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_cms_tags PRIMARY KEY (id),
  CONSTRAINT uq_cms_tags_slug UNIQUE (slug),
  CONSTRAINT ck_cms_tags_slug CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  CONSTRAINT ck_cms_tags_name_not_blank CHECK (length(btrim(name)) > 0),
  CONSTRAINT ck_cms_tags_post_count_range CHECK (post_count >= 0)
);
CREATE TABLE eml_provider_config (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name varchar(80) NOT NULL,
  provider eml_provider NOT NULL DEFAULT 'ses',
  aws_region varchar(20) DEFAULT 'ap-south-1',
  configuration_set varchar(64),
  sns_topic_arn text,
  credentials_secret_arn text,
  is_sandbox boolean NOT NULL DEFAULT true,
  daily_quota integer,
  max_send_rate numeric(8,2),
  settings jsonb NOT NULL DEFAULT '{}'::jsonb,
  is_default boolean NOT NULL DEFAULT false,
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_eml_provider_config PRIMARY KEY (id),
  CONSTRAINT uq_eml_provider_config_name UNIQUE (name),
  CONSTRAINT ck_eml_provider_config_name_not_blank CHECK (length(btrim(name)) > 0),
  CONSTRAINT ck_eml_provider_config_daily_quota_range CHECK (daily_quota >= 0),
  CONSTRAINT ck_eml_provider_config_max_send_rate_range CHECK (max_send_rate >= 0),
  CONSTRAINT ck_eml_provider_config_ses_has_region CHECK (provider <> 'ses' OR aws_region IS NOT NULL)
);
CREATE TABLE eml_ses_events (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  sns_message_id varchar(100) NOT NULL,
  notification_type varchar(40) NOT NULL,
  ses_message_id varchar(100),
  payload jsonb NOT NULL,
  processed_at timestamptz,
  processing_attempts smallint NOT NULL DEFAULT 0,
  processing_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_eml_ses_events PRIMARY KEY (id),
  CONSTRAINT uq_eml_ses_events_sns_message_id UNIQUE (sns_message_id),
  CONSTRAINT ck_eml_ses_events_processing_attempts_range CHECK (processing_attempts >= 0)
);
CREATE TABLE mkt_channels (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  code varchar(40) NOT NULL,
  name varchar(100) NOT NULL,
  kind mkt_channel_kind NOT NULL,
  platform varchar(40),
  account_handle varchar(100),
  account_url text,
  language varchar(10) NOT NULL DEFAULT 'en',
  is_owned boolean NOT NULL DEFAULT true,
  is_active boolean NOT NULL DEFAULT true,
  follower_count integer,
  posting_guidelines text,
  sort_order integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_mkt_channels PRIMARY KEY (id),
  CONSTRAINT uq_mkt_channels_code UNIQUE (code),
  CONSTRAINT ck_mkt_channels_code CHECK (code ~ '^[a-z][a-z0-9_]*$'),
  CONSTRAINT ck_mkt_channels_name_not_blank CHECK (length(btrim(name)) > 0),
  CONSTRAINT ck_mkt_channels_follower_count_range CHECK (follower_count >= 0)
);
CREATE TABLE mkt_pillar_types (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  code varchar(40) NOT NULL,
  name varchar(80) NOT NULL,
  description text,
  color char(7),
  icon varchar(40),
  sort_order integer NOT NULL DEFAULT 0,
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_mkt_pillar_types PRIMARY KEY (id),
  CONSTRAINT uq_mkt_pillar_types_code UNIQUE (code),
  CONSTRAINT ck_mkt_pillar_types_code CHECK (code ~ '^[a-z][a-z0-9_]*$'),
  CONSTRAINT ck_mkt_pillar_types_name_not_blank CHECK (length(btrim(name)) > 0),
  CONSTRAINT ck_mkt_pillar_types_color CHECK (color ~ '^#[0-9a-fA-F]{6}$')
);
CREATE TABLE mkt_segments (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  code varchar(40) NOT NULL,
  name varchar(100) NOT NULL,
  description text,
  profile_type profile_type,
  estimated_size integer,
  priority smallint NOT NULL DEFAULT 3,
  pain_points text[] NOT NULL DEFAULT '{}'::text[],
  goals text[] NOT NULL DEFAULT '{}'::text[],
  preferred_languages text[] NOT NULL DEFAULT '{}'::text[],
  state_codes text[] NOT NULL DEFAULT '{}'::text[],
  is_active boolean NOT NULL DEFAULT true,
  sort_order integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_mkt_segments PRIMARY KEY (id),
  CONSTRAINT uq_mkt_segments_code UNIQUE (code),
  CONSTRAINT ck_mkt_segments_code CHECK (code ~ '^[a-z][a-z0-9_]*$'),
  CONSTRAINT ck_mkt_segments_name_not_blank CHECK (length(btrim(name)) > 0),
  CONSTRAINT ck_mkt_segments_estimated_size_range CHECK (estimated_size >= 0),
  CONSTRAINT ck_mkt_segments_priority_range CHECK (priority >= 1 AND priority <= 5)
);
CREATE TABLE mkt_tags (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  slug citext NOT NULL,
  name varchar(60) NOT NULL,
  description text,
  color char(7),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_mkt_tags PRIMARY KEY (id),
  CONSTRAINT uq_mkt_tags_slug UNIQUE (slug),
  CONSTRAINT ck_mkt_tags_slug CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  CONSTRAINT ck_mkt_tags_name_not_blank CHECK (length(btrim(name)) > 0),
  CONSTRAINT ck_mkt_tags_color CHECK (color ~ '^#[0-9a-fA-F]{6}$')
);
CREATE TABLE nec_zones (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  slug varchar(80) NOT NULL,
  name varchar(80) NOT NULL,
  description text,
  zone_type nec_zone_type NOT NULL,
  zone_code varchar(20),
  state_code char(2),
  district varchar(80),
  city varchar(80),
  sort_order integer NOT NULL DEFAULT 0,
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_nec_zones PRIMARY KEY (id),
  CONSTRAINT uq_nec_zones_slug UNIQUE (slug),
  CONSTRAINT uq_nec_zones_name UNIQUE (name),
  CONSTRAINT ck_nec_zones_slug CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  CONSTRAINT ck_nec_zones_name_not_blank CHECK (length(btrim(name)) > 0)
);
CREATE TABLE profiles (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  auth_user_id uuid NOT NULL,
  handle citext NOT NULL,
  full_name varchar(120) NOT NULL,
  email citext,
  phone varchar(20),
  profile_type profile_type NOT NULL DEFAULT 'farmer',
  status profile_status NOT NULL DEFAULT 'pending',
  headline varchar(220),
  bio text,
  avatar_url text,
  cover_image_url text,
  state_code char(2),
  district varchar(80),
  pin_code char(6),
  is_verified boolean NOT NULL DEFAULT false,
  onboarded_at timestamptz,
  last_seen_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_profiles PRIMARY KEY (id),
  CONSTRAINT uq_profiles_auth_user_id UNIQUE (auth_user_id),
  CONSTRAINT uq_profiles_handle UNIQUE (handle),
  CONSTRAINT uq_profiles_email UNIQUE (email),
  CONSTRAINT uq_profiles_phone UNIQUE (phone),
  CONSTRAINT ck_profiles_handle CHECK (handle ~ '^[a-z0-9][a-z0-9_.]{2,29}$'),
  CONSTRAINT ck_profiles_full_name_not_blank CHECK (length(btrim(full_name)) > 0),
  CONSTRAINT ck_profiles_phone CHECK (phone ~ '^[+][1-9][0-9]{6,14}$'),
  CONSTRAINT ck_profiles_state_code CHECK (state_code ~ '^[A-Z]{2}$'),
  CONSTRAINT ck_profiles_pin_code CHECK (pin_code ~ '^[1-9][0-9]{5}$'),
  CONSTRAINT ck_profiles_reachable CHECK (email IS NOT NULL OR phone IS NOT NULL)
);
CREATE TABLE ref_business_types (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  parent_id uuid,
  slug varchar(100) NOT NULL,
  name varchar(100) NOT NULL,
  description text,
  level smallint NOT NULL DEFAULT 1,
  icon varchar(50),
  sort_order integer NOT NULL DEFAULT 0,
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_ref_business_types PRIMARY KEY (id),
  CONSTRAINT uq_ref_business_types_slug UNIQUE (slug),
  CONSTRAINT uq_ref_business_types_parent_id_name UNIQUE NULLS NOT DISTINCT (parent_id, name),
  CONSTRAINT ck_ref_business_types_slug CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  CONSTRAINT ck_ref_business_types_name_not_blank CHECK (length(btrim(name)) > 0),
  CONSTRAINT ck_ref_business_types_level_range CHECK (level >= 1 AND level <= 6),
  CONSTRAINT ck_ref_business_types_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id),
  CONSTRAINT ck_ref_business_types_root_level CHECK ((parent_id IS NULL) = (level = 1))
);
CREATE TABLE ref_entity_types (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  code varchar(60) NOT NULL,
  name varchar(100) NOT NULL,
  description text NOT NULL,
  module_key varchar(8),
  table_name varchar(63),
  is_likeable boolean NOT NULL DEFAULT true,
  is_commentable boolean NOT NULL DEFAULT true,
  is_shareable boolean NOT NULL DEFAULT true,
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_ref_entity_types PRIMARY KEY (id),
  CONSTRAINT uq_ref_entity_types_code UNIQUE (code),
  CONSTRAINT ck_ref_entity_types_code CHECK (code ~ '^[a-z][a-z0-9_]*$'),
  CONSTRAINT ck_ref_entity_types_name_not_blank CHECK (length(btrim(name)) > 0),
  CONSTRAINT ck_ref_entity_types_description_not_blank CHECK (length(btrim(description)) > 0),
  CONSTRAINT ck_ref_entity_types_module_key CHECK (module_key ~ '^[a-z]+$')
);
CREATE TABLE ref_event_types (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  slug varchar(100) NOT NULL,
  name varchar(100) NOT NULL,
  description text,
  icon varchar(50),
  is_online_capable boolean NOT NULL DEFAULT false,
  sort_order integer NOT NULL DEFAULT 0,
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_ref_event_types PRIMARY KEY (id),
  CONSTRAINT uq_ref_event_types_slug UNIQUE (slug),
  CONSTRAINT uq_ref_event_types_name UNIQUE (name),
  CONSTRAINT ck_ref_event_types_slug CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  CONSTRAINT ck_ref_event_types_name_not_blank CHECK (length(btrim(name)) > 0)
);
CREATE TABLE ref_job_categories (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  parent_id uuid,
  slug varchar(100) NOT NULL,
  name varchar(100) NOT NULL,
  description text,
  level smallint NOT NULL DEFAULT 1,
  sort_order integer NOT NULL DEFAULT 0,
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_ref_job_categories PRIMARY KEY (id),
  CONSTRAINT uq_ref_job_categories_slug UNIQUE (slug),
  CONSTRAINT uq_ref_job_categories_parent_id_name UNIQUE NULLS NOT DISTINCT (parent_id, name),
  CONSTRAINT ck_ref_job_categories_slug CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  CONSTRAINT ck_ref_job_categories_name_not_blank CHECK (length(btrim(name)) > 0),
  CONSTRAINT ck_ref_job_categories_level_range CHECK (level >= 1 AND level <= 6),
  CONSTRAINT ck_ref_job_categories_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id),
  CONSTRAINT ck_ref_job_categories_root_level CHECK ((parent_id IS NULL) = (level = 1))
);
CREATE TABLE ref_job_types (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  slug varchar(100) NOT NULL,
  name varchar(100) NOT NULL,
  description text,
  icon varchar(50),
  sort_order integer NOT NULL DEFAULT 0,
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_ref_job_types PRIMARY KEY (id),
  CONSTRAINT uq_ref_job_types_slug UNIQUE (slug),
  CONSTRAINT uq_ref_job_types_name UNIQUE (name),
  CONSTRAINT ck_ref_job_types_slug CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  CONSTRAINT ck_ref_job_types_name_not_blank CHECK (length(btrim(name)) > 0)
);
CREATE TABLE ref_organization_types (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  slug varchar(100) NOT NULL,
  name varchar(100) NOT NULL,
  description text,
  icon varchar(50),
  is_membership_based boolean NOT NULL DEFAULT true,
  sort_order integer NOT NULL DEFAULT 0,
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_ref_organization_types PRIMARY KEY (id),
  CONSTRAINT uq_ref_organization_types_slug UNIQUE (slug),
  CONSTRAINT uq_ref_organization_types_name UNIQUE (name),
  CONSTRAINT ck_ref_organization_types_slug CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  CONSTRAINT ck_ref_organization_types_name_not_blank CHECK (length(btrim(name)) > 0)
);
CREATE TABLE ref_product_categories (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  parent_id uuid,
  slug varchar(100) NOT NULL,
  name varchar(100) NOT NULL,
  description text,
  level smallint NOT NULL DEFAULT 1,
  icon varchar(50),
  hsn_code varchar(8),
  attributes jsonb NOT NULL DEFAULT '{}'::jsonb,
  sort_order integer NOT NULL DEFAULT 0,
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_ref_product_categories PRIMARY KEY (id),
  CONSTRAINT uq_ref_product_categories_slug UNIQUE (slug),
  CONSTRAINT uq_ref_product_categories_parent_id_name UNIQUE NULLS NOT DISTINCT (parent_id, name),
  CONSTRAINT ck_ref_product_categories_slug CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  CONSTRAINT ck_ref_product_categories_name_not_blank CHECK (length(btrim(name)) > 0),
  CONSTRAINT ck_ref_product_categories_level_range CHECK (level >= 1 AND level <= 6),
  CONSTRAINT ck_ref_product_categories_hsn_code CHECK (hsn_code ~ '^[0-9]{4}([0-9]{2}){0,2}$'),
  CONSTRAINT ck_ref_product_categories_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id),
  CONSTRAINT ck_ref_product_categories_root_level CHECK ((parent_id IS NULL) = (level = 1))
);
CREATE TABLE ref_service_categories (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  parent_id uuid,
  slug varchar(100) NOT NULL,
  name varchar(100) NOT NULL,
  description text,
  level smallint NOT NULL DEFAULT 1,
  icon varchar(50),
  sac_code char(6),
  sort_order integer NOT NULL DEFAULT 0,
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_ref_service_categories PRIMARY KEY (id),
  CONSTRAINT uq_ref_service_categories_slug UNIQUE (slug),
  CONSTRAINT uq_ref_service_categories_parent_id_name UNIQUE NULLS NOT DISTINCT (parent_id, name),
  CONSTRAINT ck_ref_service_categories_slug CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  CONSTRAINT ck_ref_service_categories_name_not_blank CHECK (length(btrim(name)) > 0),
  CONSTRAINT ck_ref_service_categories_level_range CHECK (level >= 1 AND level <= 6),
  CONSTRAINT ck_ref_service_categories_sac_code CHECK (sac_code ~ '^99[0-9]{4}$'),
  CONSTRAINT ck_ref_service_categories_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id),
  CONSTRAINT ck_ref_service_categories_root_level CHECK ((parent_id IS NULL) = (level = 1))
);
CREATE TABLE shr_share_templates (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  entity_type varchar(63) NOT NULL,
  channel shr_share_channel NOT NULL,
  language_code varchar(8) NOT NULL DEFAULT 'en',
  name varchar(100) NOT NULL,
  title_template varchar(200),
  body_template text NOT NULL,
  hashtags text[] NOT NULL DEFAULT '{}'::text[],
  image_url text,
  is_default boolean NOT NULL DEFAULT false,
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_shr_share_templates PRIMARY KEY (id),
  CONSTRAINT uq_shr_share_templates_entity_type_channel_language_code_name UNIQUE (entity_type, channel, language_code, name),
  CONSTRAINT ck_shr_share_templates_entity_type CHECK (entity_type ~ '^[a-z][a-z0-9_]*$'),
  CONSTRAINT ck_shr_share_templates_name_not_blank CHECK (length(btrim(name)) > 0),
  CONSTRAINT ck_shr_share_templates_body_template_not_blank CHECK (length(btrim(body_template)) > 0)
);
CREATE TABLE sup_categories (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  parent_id uuid,
  slug citext NOT NULL,
  name varchar(80) NOT NULL,
  description text,
  icon varchar(40),
  default_priority sup_priority NOT NULL DEFAULT 'normal',
  is_public boolean NOT NULL DEFAULT true,
  is_active boolean NOT NULL DEFAULT true,
  sort_order integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_sup_categories PRIMARY KEY (id),
  CONSTRAINT uq_sup_categories_slug UNIQUE (slug),
  CONSTRAINT ck_sup_categories_slug CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  CONSTRAINT ck_sup_categories_name_not_blank CHECK (length(btrim(name)) > 0),
  CONSTRAINT ck_sup_categories_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE TABLE sup_tags (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  slug citext NOT NULL,
  name varchar(60) NOT NULL,
  description text,
  color char(7),
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_sup_tags PRIMARY KEY (id),
  CONSTRAINT uq_sup_tags_slug UNIQUE (slug),
  CONSTRAINT ck_sup_tags_slug CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  CONSTRAINT ck_sup_tags_name_not_blank CHECK (length(btrim(name)) > 0),
  CONSTRAINT ck_sup_tags_color CHECK (color ~ '^#[0-9a-fA-F]{6}$')
);
CREATE TABLE adm_users (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  profile_id uuid NOT NULL,
  role adm_role NOT NULL DEFAULT 'moderator',
  permissions text[] NOT NULL DEFAULT '{}'::text[],
  department varchar(80),
  is_active boolean NOT NULL DEFAULT true,
  invited_by_id uuid,
  last_login_at timestamptz,
  deactivated_at timestamptz,
  notes text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_adm_users PRIMARY KEY (id),
  CONSTRAINT uq_adm_users_profile_id UNIQUE (profile_id),
  CONSTRAINT ck_adm_users_deactivated_when_inactive CHECK (is_active = (deactivated_at IS NULL))
);
CREATE TABLE ana_feedback_stats (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  profile_id uuid NOT NULL,
  total_submissions integer NOT NULL DEFAULT 0,
  helpful_submissions integer NOT NULL DEFAULT 0,
  implemented_suggestions integer NOT NULL DEFAULT 0,
  quality_score numeric(3,2) NOT NULL DEFAULT 0,
  last_submission_at timestamptz,
  badges text[] NOT NULL DEFAULT '{}'::text[],
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_ana_feedback_stats PRIMARY KEY (id),
  CONSTRAINT uq_ana_feedback_stats_profile_id UNIQUE (profile_id),
  CONSTRAINT ck_ana_feedback_stats_total_submissions_range CHECK (total_submissions >= 0),
  CONSTRAINT ck_ana_feedback_stats_helpful_submissions_range CHECK (helpful_submissions >= 0),
  CONSTRAINT ck_ana_feedback_stats_implemented_suggestions_range CHECK (implemented_suggestions >= 0),
  CONSTRAINT ck_ana_feedback_stats_quality_score_range CHECK (quality_score >= 0 AND quality_score <= 5),
  CONSTRAINT ck_ana_feedback_stats_subsets_within_total CHECK (helpful_submissions <= total_submissions AND implemented_suggestions <= total_submissions)
);
CREATE TABLE ana_market_prices (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  product_type ana_market_product_type NOT NULL,
  product_name varchar(120) NOT NULL,
  product_description varchar(200),
  country_code char(2) NOT NULL DEFAULT 'IN',
  state_code char(2) NOT NULL,
  district varchar(80),
  city varchar(80),
  market_name varchar(120),
  price numeric(12,2) NOT NULL,
  price_min numeric(12,2),
  price_max numeric(12,2),
  currency_code char(3) NOT NULL DEFAULT 'INR',
  unit varchar(20) NOT NULL,
  quality_grade varchar(40),
  source ana_price_source NOT NULL,
  source_url text,
  is_verified boolean NOT NULL DEFAULT false,
  verified_by_id uuid,
  effective_date date NOT NULL DEFAULT CURRENT_DATE,
  effective_time time,
  reported_by_id uuid,
  notes varchar(500),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_ana_market_prices PRIMARY KEY (id),
  CONSTRAINT ck_ana_market_prices_product_name_not_blank CHECK (length(btrim(product_name)) > 0),
  CONSTRAINT ck_ana_market_prices_country_code CHECK (country_code ~ '^[A-Z]{2}$'),
  CONSTRAINT ck_ana_market_prices_state_code CHECK (state_code ~ '^[A-Z]{2}$'),
  CONSTRAINT ck_ana_market_prices_price_range CHECK (price >= 0),
  CONSTRAINT ck_ana_market_prices_price_min_range CHECK (price_min >= 0),
  CONSTRAINT ck_ana_market_prices_price_max_range CHECK (price_max >= 0),
  CONSTRAINT ck_ana_market_prices_currency_code CHECK (currency_code ~ '^[A-Z]{3}$'),
  CONSTRAINT ck_ana_market_prices_unit_not_blank CHECK (length(btrim(unit)) > 0),
  CONSTRAINT ck_ana_market_prices_range_ordered CHECK ((price_min IS NULL OR price_min <= price) AND (price_max IS NULL OR price_max >= price)),
  CONSTRAINT ck_ana_market_prices_verified_by_when_verified CHECK (verified_by_id IS NULL OR is_verified)
);
CREATE TABLE ana_social_kpis (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  metric_date date NOT NULL,
  week_start_date date GENERATED ALWAYS AS ((date_trunc('week', metric_date::timestamp))::date) STORED,
  channel_id uuid,
  posts_published integer NOT NULL DEFAULT 0,
  metrics jsonb NOT NULL DEFAULT '{}'::jsonb,
  notes text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_ana_social_kpis PRIMARY KEY (id),
  CONSTRAINT uq_ana_social_kpis_channel_id_metric_date UNIQUE NULLS NOT DISTINCT (channel_id, metric_date),
  CONSTRAINT ck_ana_social_kpis_posts_published_range CHECK (posts_published >= 0)
);
CREATE TABLE biz_profiles (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  owner_id uuid NOT NULL,
  business_name varchar(160) NOT NULL,
  display_name varchar(160),
  slug citext NOT NULL,
  business_type_id uuid NOT NULL,
  tagline varchar(200),
  about varchar(2000),
  logo_url text,
  cover_photo_url text,
  company_size biz_company_size,
  founded_year smallint,
  website_url text,
  specializations text[] NOT NULL DEFAULT '{}'::text[],
  status biz_profile_status NOT NULL DEFAULT 'active',
  is_claimed boolean NOT NULL DEFAULT true,
  is_verified boolean NOT NULL DEFAULT false,
  verified_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  CONSTRAINT pk_biz_profiles PRIMARY KEY (id),
  CONSTRAINT uq_biz_profiles_slug UNIQUE (slug),
  CONSTRAINT ck_biz_profiles_business_name_not_blank CHECK (length(btrim(business_name)) > 0),
  CONSTRAINT ck_biz_profiles_slug CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  CONSTRAINT ck_biz_profiles_founded_year_range CHECK (founded_year >= 1800 AND founded_year <= 2100),
  CONSTRAINT ck_biz_profiles_verified_has_instant CHECK (NOT is_verified OR verified_at IS NOT NULL)
);
CREATE TABLE cms_contact_submissions (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  full_name varchar(120) NOT NULL,
  email citext NOT NULL,
  phone varchar(20),
  company_name varchar(160),
  inquiry_type cms_inquiry_type NOT NULL DEFAULT 'general',
  subject varchar(200),
  message text NOT NULL,
  status cms_contact_status NOT NULL DEFAULT 'new',
  profile_id uuid,
  handled_by_id uuid,
  responded_at timestamptz,
  internal_notes text,
  page_url text,
  ip_address inet,
  user_agent text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_cms_contact_submissions PRIMARY KEY (id),
  CONSTRAINT ck_cms_contact_submissions_full_name_not_blank CHECK (length(btrim(full_name)) > 0),
  CONSTRAINT ck_cms_contact_submissions_email CHECK (position('@' in email) > 1),
  CONSTRAINT ck_cms_contact_submissions_phone CHECK (phone ~ '^[+][1-9][0-9]{6,14}$'),
  CONSTRAINT ck_cms_contact_submissions_message_not_blank CHECK (length(btrim(message)) > 0)
);
CREATE TABLE cms_early_access (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  email citext NOT NULL,
  full_name varchar(120),
  phone varchar(20),
  role profile_type,
  organization_name varchar(160),
  state_code char(2),
  district varchar(80),
  interests text[] NOT NULL DEFAULT '{}'::text[],
  status cms_early_access_status NOT NULL DEFAULT 'waitlisted',
  waitlist_position integer,
  referral_code varchar(20),
  referred_by_id uuid,
  invited_at timestamptz,
  converted_at timestamptz,
  converted_profile_id uuid,
  source varchar(60),
  utm jsonb NOT NULL DEFAULT '{}'::jsonb,
  has_marketing_consent boolean NOT NULL DEFAULT false,
  ip_address inet,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_cms_early_access PRIMARY KEY (id),
  CONSTRAINT uq_cms_early_access_email UNIQUE (email),
  CONSTRAINT uq_cms_early_access_referral_code UNIQUE (referral_code),
  CONSTRAINT ck_cms_early_access_email CHECK (position('@' in email) > 1),
  CONSTRAINT ck_cms_early_access_phone CHECK (phone ~ '^[+][1-9][0-9]{6,14}$'),
  CONSTRAINT ck_cms_early_access_waitlist_position_range CHECK (waitlist_position >= 1),
  CONSTRAINT ck_cms_early_access_converted_has_profile CHECK (status <> 'converted' OR converted_at IS NOT NULL)
);
CREATE TABLE cms_newsletter_subscribers (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  email citext NOT NULL,
  full_name varchar(120),
  profile_id uuid,
  status cms_subscriber_status NOT NULL DEFAULT 'pending',
  language varchar(10) NOT NULL DEFAULT 'en',
  topics text[] NOT NULL DEFAULT '{}'::text[],
  confirm_token_hash char(64),
  confirmed_at timestamptz,
  unsubscribed_at timestamptz,
  unsubscribe_reason varchar(200),
  source varchar(60),
  consent_ip inet,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_cms_newsletter_subscribers PRIMARY KEY (id),
  CONSTRAINT uq_cms_newsletter_subscribers_email UNIQUE (email),
  CONSTRAINT uq_cms_newsletter_subscribers_confirm_token_hash UNIQUE (confirm_token_hash),
  CONSTRAINT ck_cms_newsletter_subscribers_email CHECK (position('@' in email) > 1),
  CONSTRAINT ck_cms_newsletter_subscribers_subscribed_is_confirmed CHECK (status <> 'subscribed' OR confirmed_at IS NOT NULL)
);
CREATE TABLE cms_posts (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  slug citext NOT NULL,
  title varchar(200) NOT NULL,
  subtitle varchar(300),
  excerpt varchar(500),
  body text NOT NULL DEFAULT '',
  content_format cms_content_format NOT NULL DEFAULT 'markdown',
  author_id uuid,
  category_id uuid,
  status cms_post_status NOT NULL DEFAULT 'draft',
  scheduled_at timestamptz,
  published_at timestamptz,
  language varchar(10) NOT NULL DEFAULT 'en',
  cover_image_url text,
  cover_image_alt varchar(250),
  reading_minutes smallint,
  is_featured boolean NOT NULL DEFAULT false,
  is_commentable boolean NOT NULL DEFAULT true,
  seo_title varchar(70),
  seo_description varchar(170),
  canonical_url text,
  og_image_url text,
  view_count integer NOT NULL DEFAULT 0,
  metadata jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  CONSTRAINT pk_cms_posts PRIMARY KEY (id),
  CONSTRAINT uq_cms_posts_slug UNIQUE (slug),
  CONSTRAINT ck_cms_posts_slug CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  CONSTRAINT ck_cms_posts_title_not_blank CHECK (length(btrim(title)) > 0),
  CONSTRAINT ck_cms_posts_reading_minutes_range CHECK (reading_minutes >= 1 AND reading_minutes <= 240),
  CONSTRAINT ck_cms_posts_view_count_range CHECK (view_count >= 0),
  CONSTRAINT ck_cms_posts_published_has_date CHECK (status <> 'published' OR published_at IS NOT NULL),
  CONSTRAINT ck_cms_posts_scheduled_has_date CHECK (status <> 'scheduled' OR scheduled_at IS NOT NULL)
);
CREATE TABLE eml_domains (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  provider_config_id uuid NOT NULL,
  domain citext NOT NULL,
  verification_status eml_verification_status NOT NULL DEFAULT 'not_started',
  dkim_status eml_verification_status NOT NULL DEFAULT 'not_started',
  dkim_tokens text[] NOT NULL DEFAULT '{}'::text[],
  mail_from_domain citext,
  mail_from_status eml_verification_status,
  dmarc_policy eml_dmarc_policy,
  verified_at timestamptz,
  last_checked_at timestamptz,
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_eml_domains PRIMARY KEY (id),
  CONSTRAINT uq_eml_domains_domain UNIQUE (domain),
  CONSTRAINT ck_eml_domains_domain CHECK (domain ~ '^[a-z0-9]([a-z0-9-]*[a-z0-9])?([.][a-z0-9]([a-z0-9-]*[a-z0-9])?)+$')
);
CREATE TABLE int_invitations (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  inviter_id uuid NOT NULL,
  channel int_invitation_channel NOT NULL,
  invitee_name varchar(120),
  invitee_email citext,
  invitee_phone varchar(20),
  intended_profile_type profile_type,
  token_hash char(64) NOT NULL,
  context_type varchar(40),
  context_id uuid,
  message varchar(1000),
  status int_invitation_status NOT NULL DEFAULT 'pending',
  sent_at timestamptz,
  opened_at timestamptz,
  accepted_at timestamptz,
  expires_at timestamptz NOT NULL DEFAULT now() + interval '30 days',
  accepted_profile_id uuid,
  reminder_count smallint NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_int_invitations PRIMARY KEY (id),
  CONSTRAINT uq_int_invitations_token_hash UNIQUE (token_hash),
  CONSTRAINT ck_int_invitations_invitee_phone CHECK (invitee_phone ~ '^[+][1-9][0-9]{7,14}$'),
  CONSTRAINT ck_int_invitations_reminder_count_range CHECK (reminder_count >= 0 AND reminder_count <= 5),
  CONSTRAINT ck_int_invitations_email_channel CHECK (channel <> 'email' OR invitee_email IS NOT NULL),
  CONSTRAINT ck_int_invitations_phone_channels CHECK (channel NOT IN ('sms', 'whatsapp') OR invitee_phone IS NOT NULL),
  CONSTRAINT ck_int_invitations_context_pair CHECK ((context_type IS NULL) = (context_id IS NULL))
);
CREATE TABLE mkt_campaigns (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  slug citext NOT NULL,
  name varchar(150) NOT NULL,
  description text,
  objective mkt_campaign_objective NOT NULL,
  status mkt_campaign_status NOT NULL DEFAULT 'draft',
  starts_on date,
  ends_on date,
  target_segment_id uuid,
  budget_inr numeric(12,2),
  spent_inr numeric(12,2) NOT NULL DEFAULT 0,
  utm_campaign varchar(100),
  goals jsonb NOT NULL DEFAULT '[]'::jsonb,
  owner_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_mkt_campaigns PRIMARY KEY (id),
  CONSTRAINT uq_mkt_campaigns_slug UNIQUE (slug),
  CONSTRAINT uq_mkt_campaigns_utm_campaign UNIQUE (utm_campaign),
  CONSTRAINT ck_mkt_campaigns_slug CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  CONSTRAINT ck_mkt_campaigns_name_not_blank CHECK (length(btrim(name)) > 0),
  CONSTRAINT ck_mkt_campaigns_budget_inr_range CHECK (budget_inr >= 0),
  CONSTRAINT ck_mkt_campaigns_spent_inr_range CHECK (spent_inr >= 0),
  CONSTRAINT ck_mkt_campaigns_utm_campaign CHECK (utm_campaign ~ '^[a-z0-9_-]+$'),
  CONSTRAINT ck_mkt_campaigns_dates_ordered CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);
CREATE TABLE mkt_content_pillars (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  pillar_type_id uuid NOT NULL,
  slug citext NOT NULL,
  name varchar(100) NOT NULL,
  description text,
  objective text,
  target_share_percent numeric(5,2),
  owner_id uuid,
  color char(7),
  sort_order integer NOT NULL DEFAULT 0,
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_mkt_content_pillars PRIMARY KEY (id),
  CONSTRAINT uq_mkt_content_pillars_slug UNIQUE (slug),
  CONSTRAINT ck_mkt_content_pillars_slug CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  CONSTRAINT ck_mkt_content_pillars_name_not_blank CHECK (length(btrim(name)) > 0),
  CONSTRAINT ck_mkt_content_pillars_target_share_percent_range CHECK (target_share_percent >= 0 AND target_share_percent <= 100),
  CONSTRAINT ck_mkt_content_pillars_color CHECK (color ~ '^#[0-9a-fA-F]{6}$')
);
CREATE TABLE mkt_content_types (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  code varchar(40) NOT NULL,
  name varchar(80) NOT NULL,
  description text,
  default_channel_id uuid,
  effort_hours numeric(5,1),
  specs jsonb NOT NULL DEFAULT '{}'::jsonb,
  is_active boolean NOT NULL DEFAULT true,
  sort_order integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_mkt_content_types PRIMARY KEY (id),
  CONSTRAINT uq_mkt_content_types_code UNIQUE (code),
  CONSTRAINT ck_mkt_content_types_code CHECK (code ~ '^[a-z][a-z0-9_]*$'),
  CONSTRAINT ck_mkt_content_types_name_not_blank CHECK (length(btrim(name)) > 0),
  CONSTRAINT ck_mkt_content_types_effort_hours_range CHECK (effort_hours >= 0)
);
CREATE TABLE mkt_platform_kpis (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  channel_id uuid NOT NULL,
  granularity mkt_kpi_granularity NOT NULL,
  period_start_on date NOT NULL,
  followers integer,
  followers_gained integer,
  posts_published integer,
  impressions bigint,
  reach bigint,
  engagements bigint,
  clicks bigint,
  video_views bigint,
  leads integer,
  signups integer,
  spend_inr numeric(12,2),
  source mkt_kpi_source NOT NULL DEFAULT 'manual',
  recorded_by_id uuid,
  notes text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_mkt_platform_kpis PRIMARY KEY (id),
  CONSTRAINT uq_mkt_platform_kpis_channel_id_granularity_period_start_on UNIQUE (channel_id, granularity, period_start_on),
  CONSTRAINT ck_mkt_platform_kpis_followers_range CHECK (followers >= 0),
  CONSTRAINT ck_mkt_platform_kpis_posts_published_range CHECK (posts_published >= 0),
  CONSTRAINT ck_mkt_platform_kpis_impressions_range CHECK (impressions >= 0),
  CONSTRAINT ck_mkt_platform_kpis_reach_range CHECK (reach >= 0),
  CONSTRAINT ck_mkt_platform_kpis_engagements_range CHECK (engagements >= 0),
  CONSTRAINT ck_mkt_platform_kpis_clicks_range CHECK (clicks >= 0),
  CONSTRAINT ck_mkt_platform_kpis_video_views_range CHECK (video_views >= 0),
  CONSTRAINT ck_mkt_platform_kpis_leads_range CHECK (leads >= 0),
  CONSTRAINT ck_mkt_platform_kpis_signups_range CHECK (signups >= 0),
  CONSTRAINT ck_mkt_platform_kpis_spend_inr_range CHECK (spend_inr >= 0)
);
CREATE TABLE nec_predictions (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  zone_id uuid NOT NULL,
  prediction_date date NOT NULL,
  forecast_date date NOT NULL,
  predicted_price numeric(8,2) NOT NULL,
  lower_bound numeric(8,2),
  upper_bound numeric(8,2),
  confidence numeric(5,2),
  model_provider nec_model_provider,
  model_version varchar(60),
  assumptions jsonb NOT NULL DEFAULT '{}'::jsonb,
  factors_considered text[] NOT NULL DEFAULT '{}'::text[],
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_nec_predictions PRIMARY KEY (id),
  CONSTRAINT uq_nec_predictions_zone_id_forecast_date_prediction_da_5dd98b59 UNIQUE NULLS NOT DISTINCT (zone_id, forecast_date, prediction_date, model_version),
  CONSTRAINT ck_nec_predictions_predicted_price_range CHECK (predicted_price >= 0),
  CONSTRAINT ck_nec_predictions_lower_bound_range CHECK (lower_bound >= 0),
  CONSTRAINT ck_nec_predictions_upper_bound_range CHECK (upper_bound >= 0),
  CONSTRAINT ck_nec_predictions_confidence_range CHECK (confidence >= 0 AND confidence <= 100),
  CONSTRAINT ck_nec_predictions_forecast_not_before_prediction CHECK (forecast_date >= prediction_date),
  CONSTRAINT ck_nec_predictions_interval_ordered CHECK ((lower_bound IS NULL OR lower_bound <= predicted_price) AND (upper_bound IS NULL OR upper_bound >= predicted_price))
);
CREATE TABLE nec_scraper_logs (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  execution_id varchar(80),
  scrape_date date NOT NULL,
  mode nec_scrape_mode NOT NULL DEFAULT 'cron',
  status nec_scrape_status NOT NULL,
  zone_id uuid,
  started_at timestamptz NOT NULL,
  finished_at timestamptz,
  zones_scraped integer NOT NULL DEFAULT 0,
  zones_successful integer NOT NULL DEFAULT 0,
  zones_failed integer NOT NULL DEFAULT 0,
  prices_inserted integer NOT NULL DEFAULT 0,
  prices_updated integer NOT NULL DEFAULT 0,
  error_message text,
  error_details jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_nec_scraper_logs PRIMARY KEY (id),
  CONSTRAINT ck_nec_scraper_logs_zones_scraped_range CHECK (zones_scraped >= 0),
  CONSTRAINT ck_nec_scraper_logs_zones_successful_range CHECK (zones_successful >= 0),
  CONSTRAINT ck_nec_scraper_logs_zones_failed_range CHECK (zones_failed >= 0),
  CONSTRAINT ck_nec_scraper_logs_prices_inserted_range CHECK (prices_inserted >= 0),
  CONSTRAINT ck_nec_scraper_logs_prices_updated_range CHECK (prices_updated >= 0),
  CONSTRAINT ck_nec_scraper_logs_zone_counts CHECK (zones_successful + zones_failed <= zones_scraped),
  CONSTRAINT ck_nec_scraper_logs_finished_after_start CHECK (finished_at IS NULL OR finished_at >= started_at)
);
CREATE TABLE ntf_preferences (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  profile_id uuid NOT NULL,
  category ntf_category NOT NULL,
  channel ntf_delivery_channel NOT NULL,
  is_enabled boolean NOT NULL DEFAULT true,
  frequency ntf_frequency NOT NULL DEFAULT 'instant',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_ntf_preferences PRIMARY KEY (id),
  CONSTRAINT uq_ntf_preferences_profile_id_category_channel UNIQUE (profile_id, category, channel)
);
CREATE TABLE ntf_templates (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  event_key varchar(80) NOT NULL,
  channel ntf_delivery_channel NOT NULL,
  locale varchar(10) NOT NULL DEFAULT 'en',
  category ntf_category NOT NULL,
  title_template varchar(300) NOT NULL,
  body_template text,
  action_url_template text,
  variables jsonb NOT NULL DEFAULT '[]'::jsonb,
  whatsapp_template_name varchar(120),
  dlt_template_id varchar(30),
  version integer NOT NULL DEFAULT 1,
  is_active boolean NOT NULL DEFAULT true,
  updated_by_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_ntf_templates PRIMARY KEY (id),
  CONSTRAINT uq_ntf_templates_event_key_channel_locale UNIQUE (event_key, channel, locale),
  CONSTRAINT ck_ntf_templates_event_key_not_blank CHECK (length(btrim(event_key)) > 0),
  CONSTRAINT ck_ntf_templates_title_template_not_blank CHECK (length(btrim(title_template)) > 0),
  CONSTRAINT ck_ntf_templates_version_range CHECK (version >= 1),
  CONSTRAINT ck_ntf_templates_sms_has_dlt CHECK (channel <> 'sms' OR dlt_template_id IS NOT NULL),
  CONSTRAINT ck_ntf_templates_whatsapp_has_template CHECK (channel <> 'whatsapp' OR whatsapp_template_name IS NOT NULL)
);
CREATE TABLE org_profiles (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  organization_type_id uuid NOT NULL,
  parent_organization_id uuid,
  name varchar(200) NOT NULL,
  short_name varchar(40),
  slug citext NOT NULL,
  tagline varchar(220),
  description text,
  logo_url text,
  cover_image_url text,
  website_url text,
  founded_year smallint,
  registration_type org_registration_type,
  registration_number varchar(60),
  pan char(10),
  gstin char(15),
  scope org_scope NOT NULL DEFAULT 'state',
  state_code char(2),
  district varchar(80),
  status org_status NOT NULL DEFAULT 'draft',
  visibility org_visibility NOT NULL DEFAULT 'public',
  membership_approval org_membership_approval NOT NULL DEFAULT 'approval_required',
  is_accepting_members boolean NOT NULL DEFAULT true,
  verification_status org_verification_status NOT NULL DEFAULT 'unverified',
  verified_at timestamptz,
  created_by_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  CONSTRAINT pk_org_profiles PRIMARY KEY (id),
  CONSTRAINT uq_org_profiles_slug UNIQUE (slug),
  CONSTRAINT ck_org_profiles_name_not_blank CHECK (length(btrim(name)) > 0),
  CONSTRAINT ck_org_profiles_slug CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  CONSTRAINT ck_org_profiles_founded_year_range CHECK (founded_year >= 1800 AND founded_year <= 2100),
  CONSTRAINT ck_org_profiles_pan CHECK (pan ~ '^[A-Z]{5}[0-9]{4}[A-Z]$'),
  CONSTRAINT ck_org_profiles_gstin CHECK (gstin ~ '^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$'),
  CONSTRAINT ck_org_profiles_state_code CHECK (state_code ~ '^[A-Z]{2}$'),
  CONSTRAINT ck_org_profiles_not_own_parent CHECK (parent_organization_id IS NULL OR parent_organization_id <> id),
  CONSTRAINT ck_org_profiles_verified_has_instant CHECK (verification_status <> 'verified' OR verified_at IS NOT NULL)
);
CREATE TABLE prf_email_preferences (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  profile_id uuid NOT NULL,
  preference_key varchar(60) NOT NULL,
  is_subscribed boolean NOT NULL DEFAULT true,
  frequency prf_email_frequency NOT NULL DEFAULT 'instant',
  unsubscribe_token uuid NOT NULL DEFAULT gen_random_uuid(),
  unsubscribed_at timestamptz,
  unsubscribe_source prf_unsubscribe_source,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_prf_email_preferences PRIMARY KEY (id),
  CONSTRAINT uq_prf_email_preferences_unsubscribe_token UNIQUE (unsubscribe_token),
  CONSTRAINT uq_prf_email_preferences_profile_id_preference_key UNIQUE (profile_id, preference_key),
  CONSTRAINT ck_prf_email_preferences_preference_key CHECK (preference_key ~ '^[a-z][a-z0-9_]*$'),
  CONSTRAINT ck_prf_email_preferences_unsubscribed_when_off CHECK (is_subscribed = (unsubscribed_at IS NULL)),
  CONSTRAINT ck_prf_email_preferences_source_when_unsubscribed CHECK (unsubscribe_source IS NULL OR unsubscribed_at IS NOT NULL)
);
CREATE TABLE ref_contact_imports (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  profile_id uuid NOT NULL,
  source ref_contact_import_source NOT NULL,
  status ref_contact_import_status NOT NULL DEFAULT 'pending',
  total_contacts integer NOT NULL DEFAULT 0,
  processed_contacts integer NOT NULL DEFAULT 0,
  invited_contacts integer NOT NULL DEFAULT 0,
  existing_members integer NOT NULL DEFAULT 0,
  failed_contacts integer NOT NULL DEFAULT 0,
  error_message text,
  import_data jsonb NOT NULL DEFAULT '{}'::jsonb,
  processed_data jsonb NOT NULL DEFAULT '[]'::jsonb,
  completed_at timestamptz,
  purged_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_ref_contact_imports PRIMARY KEY (id),
  CONSTRAINT ck_ref_contact_imports_total_contacts_range CHECK (total_contacts >= 0),
  CONSTRAINT ck_ref_contact_imports_processed_contacts_range CHECK (processed_contacts >= 0),
  CONSTRAINT ck_ref_contact_imports_invited_contacts_range CHECK (invited_contacts >= 0),
  CONSTRAINT ck_ref_contact_imports_existing_members_range CHECK (existing_members >= 0),
  CONSTRAINT ck_ref_contact_imports_failed_contacts_range CHECK (failed_contacts >= 0),
  CONSTRAINT ck_ref_contact_imports_processed_within_total CHECK (processed_contacts <= total_contacts),
  CONSTRAINT ck_ref_contact_imports_outcomes_within_processed CHECK (invited_contacts + existing_members + failed_contacts <= processed_contacts),
  CONSTRAINT ck_ref_contact_imports_completed_has_time CHECK (status NOT IN ('completed', 'failed') OR completed_at IS NOT NULL)
);
CREATE TABLE ref_dashboard_widgets (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  profile_id uuid NOT NULL,
  widget_type ref_dashboard_widget_type NOT NULL,
  position integer NOT NULL,
  column_span smallint NOT NULL DEFAULT 1,
  row_span smallint NOT NULL DEFAULT 1,
  is_visible boolean NOT NULL DEFAULT true,
  config jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_ref_dashboard_widgets PRIMARY KEY (id),
  CONSTRAINT uq_ref_dashboard_widgets_profile_id_widget_type UNIQUE (profile_id, widget_type),
  CONSTRAINT ck_ref_dashboard_widgets_position_range CHECK (position >= 0),
  CONSTRAINT ck_ref_dashboard_widgets_column_span_range CHECK (column_span >= 1 AND column_span <= 3),
  CONSTRAINT ck_ref_dashboard_widgets_row_span_range CHECK (row_span >= 1 AND row_span <= 4)
);
CREATE TABLE ref_service_attributes (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  service_category_id uuid,
  code varchar(60) NOT NULL,
  name varchar(100) NOT NULL,
  data_type ref_attribute_data_type NOT NULL,
  options jsonb NOT NULL DEFAULT '[]'::jsonb,
  unit varchar(20),
  is_required boolean NOT NULL DEFAULT false,
  sort_order integer NOT NULL DEFAULT 0,
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_ref_service_attributes PRIMARY KEY (id),
  CONSTRAINT uq_ref_service_attributes_service_category_id_code UNIQUE NULLS NOT DISTINCT (service_category_id, code),
  CONSTRAINT ck_ref_service_attributes_code CHECK (code ~ '^[a-z][a-z0-9_]*$'),
  CONSTRAINT ck_ref_service_attributes_name_not_blank CHECK (length(btrim(name)) > 0),
  CONSTRAINT ck_ref_service_attributes_options_for_choices CHECK (data_type NOT IN ('select', 'multiselect') OR jsonb_array_length(options) > 0)
);
CREATE TABLE ref_skills (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  slug varchar(100) NOT NULL,
  name varchar(100) NOT NULL,
  category ref_skill_category,
  description text,
  synonyms text[] NOT NULL DEFAULT '{}'::text[],
  related_slugs text[] NOT NULL DEFAULT '{}'::text[],
  usage_count integer NOT NULL DEFAULT 0,
  is_approved boolean NOT NULL DEFAULT true,
  created_by_id uuid,
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_ref_skills PRIMARY KEY (id),
  CONSTRAINT uq_ref_skills_slug UNIQUE (slug),
  CONSTRAINT uq_ref_skills_name UNIQUE (name),
  CONSTRAINT ck_ref_skills_slug CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  CONSTRAINT ck_ref_skills_name_not_blank CHECK (length(btrim(name)) > 0),
  CONSTRAINT ck_ref_skills_usage_count_range CHECK (usage_count >= 0)
);
CREATE TABLE shr_entity_comments (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  entity_type varchar(63) NOT NULL,
  entity_id uuid NOT NULL,
  author_id uuid NOT NULL,
  parent_comment_id uuid,
  content text NOT NULL,
  status shr_comment_status NOT NULL DEFAULT 'visible',
  like_count integer NOT NULL DEFAULT 0,
  reply_count integer NOT NULL DEFAULT 0,
  edited_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  CONSTRAINT pk_shr_entity_comments PRIMARY KEY (id),
  CONSTRAINT ck_shr_entity_comments_entity_type CHECK (entity_type ~ '^[a-z][a-z0-9_]*$'),
  CONSTRAINT ck_shr_entity_comments_content_not_blank CHECK (length(btrim(content)) > 0),
  CONSTRAINT ck_shr_entity_comments_like_count_range CHECK (like_count >= 0),
  CONSTRAINT ck_shr_entity_comments_reply_count_range CHECK (reply_count >= 0),
  CONSTRAINT ck_shr_entity_comments_not_own_parent CHECK (parent_comment_id IS NULL OR parent_comment_id <> id)
);
CREATE TABLE shr_entity_likes (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  entity_type varchar(63) NOT NULL,
  entity_id uuid NOT NULL,
  profile_id uuid NOT NULL,
  reaction shr_reaction NOT NULL DEFAULT 'like',
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_shr_entity_likes PRIMARY KEY (id),
  CONSTRAINT uq_shr_entity_likes_entity_type_entity_id_profile_id UNIQUE (entity_type, entity_id, profile_id),
  CONSTRAINT ck_shr_entity_likes_entity_type CHECK (entity_type ~ '^[a-z][a-z0-9_]*$')
);
CREATE TABLE shr_entity_shares (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  entity_type varchar(63) NOT NULL,
  entity_id uuid NOT NULL,
  profile_id uuid,
  template_id uuid,
  channel shr_share_channel NOT NULL,
  message text,
  share_url text,
  utm jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_shr_entity_shares PRIMARY KEY (id),
  CONSTRAINT ck_shr_entity_shares_entity_type CHECK (entity_type ~ '^[a-z][a-z0-9_]*$')
);
CREATE TABLE soc_blocked_users (
  blocker_id uuid NOT NULL,
  blocked_id uuid NOT NULL,
  reason varchar(500),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_soc_blocked_users PRIMARY KEY (blocker_id, blocked_id),
  CONSTRAINT ck_soc_blocked_users_not_self CHECK (blocker_id <> blocked_id)
);
CREATE TABLE soc_connection_suggestions (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  profile_id uuid NOT NULL,
  suggested_profile_id uuid NOT NULL,
  reasons soc_suggestion_reason[] NOT NULL,
  score numeric(6,4) NOT NULL,
  mutual_connection_count integer NOT NULL DEFAULT 0,
  is_dismissed boolean NOT NULL DEFAULT false,
  dismissed_at timestamptz,
  expires_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_soc_connection_suggestions PRIMARY KEY (id),
  CONSTRAINT uq_soc_connection_suggestions_profile_id_suggested_profile_id UNIQUE (profile_id, suggested_profile_id),
  CONSTRAINT ck_soc_connection_suggestions_reasons_not_blank CHECK (cardinality(reasons) > 0),
  CONSTRAINT ck_soc_connection_suggestions_score_range CHECK (score >= 0 AND score <= 1),
  CONSTRAINT ck_soc_connection_suggestions_mutual_connection_count_range CHECK (mutual_connection_count >= 0),
  CONSTRAINT ck_soc_connection_suggestions_not_self CHECK (profile_id <> suggested_profile_id),
  CONSTRAINT ck_soc_connection_suggestions_dismissed_has_time CHECK (NOT is_dismissed OR dismissed_at IS NOT NULL)
);
CREATE TABLE soc_connections (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  requester_id uuid NOT NULL,
  addressee_id uuid NOT NULL,
  status soc_connection_status NOT NULL DEFAULT 'pending',
  message varchar(300),
  responded_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_soc_connections PRIMARY KEY (id),
  CONSTRAINT ck_soc_connections_not_self CHECK (requester_id <> addressee_id),
  CONSTRAINT ck_soc_connections_responded_when_answered CHECK (status IN ('pending', 'withdrawn') OR responded_at IS NOT NULL)
);
CREATE TABLE soc_share_tracking (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  sharer_id uuid,
  entity_type varchar(40) NOT NULL,
  entity_id uuid NOT NULL,
  channel soc_share_channel NOT NULL,
  share_code varchar(16) NOT NULL,
  shared_url text NOT NULL,
  utm jsonb NOT NULL DEFAULT '{}'::jsonb,
  click_count integer NOT NULL DEFAULT 0,
  signup_count integer NOT NULL DEFAULT 0,
  last_clicked_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_soc_share_tracking PRIMARY KEY (id),
  CONSTRAINT uq_soc_share_tracking_share_code UNIQUE (share_code),
  CONSTRAINT ck_soc_share_tracking_entity_type_not_blank CHECK (length(btrim(entity_type)) > 0),
  CONSTRAINT ck_soc_share_tracking_share_code_not_blank CHECK (length(btrim(share_code)) > 0),
  CONSTRAINT ck_soc_share_tracking_shared_url_not_blank CHECK (length(btrim(shared_url)) > 0),
  CONSTRAINT ck_soc_share_tracking_click_count_range CHECK (click_count >= 0),
  CONSTRAINT ck_soc_share_tracking_signup_count_range CHECK (signup_count >= 0)
);
CREATE TABLE sup_insights (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  title varchar(200) NOT NULL,
  summary text NOT NULL,
  insight_type sup_insight_type NOT NULL,
  status sup_insight_status NOT NULL DEFAULT 'open',
  origin sup_insight_origin NOT NULL DEFAULT 'ai',
  category_id uuid,
  period_start_on date,
  period_end_on date,
  submission_count integer NOT NULL DEFAULT 0,
  average_sentiment numeric(4,3),
  impact_score smallint,
  keywords text[] NOT NULL DEFAULT '{}'::text[],
  recommended_action text,
  owner_id uuid,
  actioned_at timestamptz,
  data jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_sup_insights PRIMARY KEY (id),
  CONSTRAINT ck_sup_insights_title_not_blank CHECK (length(btrim(title)) > 0),
  CONSTRAINT ck_sup_insights_submission_count_range CHECK (submission_count >= 0),
  CONSTRAINT ck_sup_insights_average_sentiment_range CHECK (average_sentiment >= -1 AND average_sentiment <= 1),
  CONSTRAINT ck_sup_insights_impact_score_range CHECK (impact_score >= 0 AND impact_score <= 100),
  CONSTRAINT ck_sup_insights_period_ordered CHECK (period_end_on IS NULL OR period_start_on IS NULL OR period_end_on >= period_start_on)
);
CREATE TABLE sup_response_templates (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  title varchar(120) NOT NULL,
  shortcut varchar(40),
  category_id uuid,
  submission_type sup_submission_type,
  body text NOT NULL,
  language varchar(10) NOT NULL DEFAULT 'en',
  is_active boolean NOT NULL DEFAULT true,
  usage_count integer NOT NULL DEFAULT 0,
  created_by_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_sup_response_templates PRIMARY KEY (id),
  CONSTRAINT uq_sup_response_templates_shortcut UNIQUE (shortcut),
  CONSTRAINT ck_sup_response_templates_title_not_blank CHECK (length(btrim(title)) > 0),
  CONSTRAINT ck_sup_response_templates_shortcut CHECK (shortcut ~ '^[a-z0-9_-]+$'),
  CONSTRAINT ck_sup_response_templates_body_not_blank CHECK (length(btrim(body)) > 0),
  CONSTRAINT ck_sup_response_templates_usage_count_range CHECK (usage_count >= 0)
);
CREATE TABLE sup_workflows (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name varchar(120) NOT NULL,
  description text,
  trigger_event sup_workflow_trigger NOT NULL,
  conditions jsonb NOT NULL DEFAULT '{}'::jsonb,
  actions jsonb NOT NULL,
  run_order integer NOT NULL DEFAULT 100,
  should_stop_after boolean NOT NULL DEFAULT false,
  is_active boolean NOT NULL DEFAULT true,
  run_count integer NOT NULL DEFAULT 0,
  last_run_at timestamptz,
  created_by_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_sup_workflows PRIMARY KEY (id),
  CONSTRAINT uq_sup_workflows_name UNIQUE (name),
  CONSTRAINT ck_sup_workflows_name_not_blank CHECK (length(btrim(name)) > 0),
  CONSTRAINT ck_sup_workflows_actions CHECK (jsonb_typeof(actions) = 'array' AND jsonb_array_length(actions) > 0),
  CONSTRAINT ck_sup_workflows_run_count_range CHECK (run_count >= 0)
);
CREATE TABLE usr_activity (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  profile_id uuid NOT NULL,
  activity_type usr_activity_type NOT NULL,
  entity_type varchar(63),
  entity_id uuid,
  metadata jsonb NOT NULL DEFAULT '{}'::jsonb,
  ip_address inet,
  user_agent text,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_usr_activity PRIMARY KEY (id),
  CONSTRAINT ck_usr_activity_entity_paired CHECK ((entity_type IS NULL) = (entity_id IS NULL))
);
CREATE TABLE usr_badges (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  profile_id uuid NOT NULL,
  badge_key varchar(50) NOT NULL,
  name varchar(80) NOT NULL,
  description text,
  icon_url text,
  awarded_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz,
  revoked_at timestamptz,
  is_featured boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_usr_badges PRIMARY KEY (id),
  CONSTRAINT uq_usr_badges_profile_id_badge_key UNIQUE (profile_id, badge_key),
  CONSTRAINT ck_usr_badges_badge_key CHECK (badge_key ~ '^[a-z][a-z0-9_]*$'),
  CONSTRAINT ck_usr_badges_name_not_blank CHECK (length(btrim(name)) > 0)
);
CREATE TABLE usr_certifications (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  profile_id uuid NOT NULL,
  name varchar(200) NOT NULL,
  issuing_organization varchar(200) NOT NULL,
  credential_id varchar(100),
  credential_url text,
  issued_on date,
  expires_on date,
  is_verified boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_usr_certifications PRIMARY KEY (id),
  CONSTRAINT ck_usr_certifications_name_not_blank CHECK (length(btrim(name)) > 0),
  CONSTRAINT ck_usr_certifications_issuing_organization_not_blank CHECK (length(btrim(issuing_organization)) > 0),
  CONSTRAINT ck_usr_certifications_dates_ordered CHECK (expires_on IS NULL OR issued_on IS NULL OR expires_on >= issued_on)
);
CREATE TABLE usr_completeness_checks (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  profile_id uuid NOT NULL,
  check_key varchar(50) NOT NULL,
  is_complete boolean NOT NULL DEFAULT false,
  weight smallint NOT NULL DEFAULT 10,
  completed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_usr_completeness_checks PRIMARY KEY (id),
  CONSTRAINT uq_usr_completeness_checks_profile_id_check_key UNIQUE (profile_id, check_key),
  CONSTRAINT ck_usr_completeness_checks_check_key CHECK (check_key ~ '^[a-z][a-z0-9_]*$'),
  CONSTRAINT ck_usr_completeness_checks_weight_range CHECK (weight >= 0 AND weight <= 100),
  CONSTRAINT ck_usr_completeness_checks_completed_at_when_complete CHECK (is_complete = (completed_at IS NOT NULL))
);
CREATE TABLE usr_consultant_details (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  profile_id uuid NOT NULL,
  firm_name varchar(160),
  expertise_areas text[] NOT NULL DEFAULT '{}'::text[],
  years_experience smallint,
  consultation_modes usr_consultation_mode[] NOT NULL DEFAULT '{}'::usr_consultation_mode[],
  hourly_rate numeric(12,2),
  day_rate numeric(12,2),
  languages text[] NOT NULL DEFAULT '{}'::text[],
  is_available_for_projects boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_usr_consultant_details PRIMARY KEY (id),
  CONSTRAINT uq_usr_consultant_details_profile_id UNIQUE (profile_id),
  CONSTRAINT ck_usr_consultant_details_years_experience_range CHECK (years_experience >= 0 AND years_experience <= 70),
  CONSTRAINT ck_usr_consultant_details_hourly_rate_range CHECK (hourly_rate >= 0),
  CONSTRAINT ck_usr_consultant_details_day_rate_range CHECK (day_rate >= 0)
);
CREATE TABLE usr_education (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  profile_id uuid NOT NULL,
  institution_name varchar(200) NOT NULL,
  degree varchar(120),
  field_of_study varchar(120),
  start_year smallint,
  end_year smallint,
  grade varchar(40),
  description text,
  sort_order smallint NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_usr_education PRIMARY KEY (id),
  CONSTRAINT ck_usr_education_institution_name_not_blank CHECK (length(btrim(institution_name)) > 0),
  CONSTRAINT ck_usr_education_start_year_range CHECK (start_year >= 1940 AND start_year <= 2100),
  CONSTRAINT ck_usr_education_end_year_range CHECK (end_year >= 1940 AND end_year <= 2100),
  CONSTRAINT ck_usr_education_years_ordered CHECK (end_year IS NULL OR start_year IS NULL OR end_year >= start_year)
);
CREATE TABLE usr_experiences (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  profile_id uuid NOT NULL,
  title varchar(120) NOT NULL,
  company_name varchar(160) NOT NULL,
  employment_type usr_employment_type,
  location varchar(160),
  started_on date NOT NULL,
  ended_on date,
  is_current boolean NOT NULL DEFAULT false,
  description text,
  sort_order smallint NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_usr_experiences PRIMARY KEY (id),
  CONSTRAINT ck_usr_experiences_title_not_blank CHECK (length(btrim(title)) > 0),
  CONSTRAINT ck_usr_experiences_dates_ordered CHECK (ended_on IS NULL OR ended_on >= started_on),
  CONSTRAINT ck_usr_experiences_current_has_no_end CHECK (NOT (is_current AND ended_on IS NOT NULL))
);
CREATE TABLE usr_farmer_details (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  profile_id uuid NOT NULL,
  farm_name varchar(160),
  farm_type usr_farm_type NOT NULL,
  housing_system usr_housing_system,
  bird_capacity integer,
  current_bird_count integer,
  shed_count smallint,
  years_farming smallint,
  average_daily_eggs integer,
  farm_area_acres numeric(8,2),
  since_on date,
  is_contract_farming boolean NOT NULL DEFAULT false,
  integrator_name varchar(160),
  breeds text[] NOT NULL DEFAULT '{}'::text[],
  state_code char(2),
  district varchar(80),
  village varchar(120),
  pin_code char(6),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_usr_farmer_details PRIMARY KEY (id),
  CONSTRAINT uq_usr_farmer_details_profile_id UNIQUE (profile_id),
  CONSTRAINT ck_usr_farmer_details_bird_capacity_range CHECK (bird_capacity >= 0),
  CONSTRAINT ck_usr_farmer_details_current_bird_count_range CHECK (current_bird_count >= 0),
  CONSTRAINT ck_usr_farmer_details_shed_count_range CHECK (shed_count >= 0),
  CONSTRAINT ck_usr_farmer_details_years_farming_range CHECK (years_farming >= 0 AND years_farming <= 80),
  CONSTRAINT ck_usr_farmer_details_average_daily_eggs_range CHECK (average_daily_eggs >= 0),
  CONSTRAINT ck_usr_farmer_details_farm_area_acres_range CHECK (farm_area_acres >= 0),
  CONSTRAINT ck_usr_farmer_details_state_code CHECK (state_code ~ '^[A-Z]{2}$'),
  CONSTRAINT ck_usr_farmer_details_pin_code CHECK (pin_code ~ '^[1-9][0-9]{5}$'),
  CONSTRAINT ck_usr_farmer_details_count_within_capacity CHECK (current_bird_count IS NULL OR bird_capacity IS NULL OR current_bird_count <= bird_capacity),
  CONSTRAINT ck_usr_farmer_details_integrator_when_contract CHECK (integrator_name IS NULL OR is_contract_farming)
);
CREATE TABLE usr_preferences (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  profile_id uuid NOT NULL,
  language_code varchar(10) NOT NULL DEFAULT 'en',
  timezone varchar(40) NOT NULL DEFAULT 'Asia/Kolkata',
  theme usr_theme NOT NULL DEFAULT 'system',
  currency_code char(3) NOT NULL DEFAULT 'INR',
  weight_unit varchar(10) NOT NULL DEFAULT 'kg',
  date_format varchar(20) NOT NULL DEFAULT 'DD/MM/YYYY',
  is_data_saver_enabled boolean NOT NULL DEFAULT false,
  dashboard_layout jsonb NOT NULL DEFAULT '[]'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_usr_preferences PRIMARY KEY (id),
  CONSTRAINT uq_usr_preferences_profile_id UNIQUE (profile_id),
  CONSTRAINT ck_usr_preferences_weight_unit CHECK (weight_unit IN ('kg', 'g', 'quintal', 'tonne'))
);
CREATE TABLE usr_privacy_settings (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  profile_id uuid NOT NULL,
  profile_visibility usr_visibility NOT NULL DEFAULT 'public',
  email_visibility usr_visibility NOT NULL DEFAULT 'connections',
  phone_visibility usr_visibility NOT NULL DEFAULT 'connections',
  location_visibility usr_visibility NOT NULL DEFAULT 'public',
  connections_visibility usr_visibility NOT NULL DEFAULT 'connections',
  activity_visibility usr_visibility NOT NULL DEFAULT 'connections',
  who_can_message usr_message_permission NOT NULL DEFAULT 'everyone',
  is_searchable boolean NOT NULL DEFAULT true,
  is_discoverable_by_phone boolean NOT NULL DEFAULT true,
  should_show_profile_views boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_usr_privacy_settings PRIMARY KEY (id),
  CONSTRAINT uq_usr_privacy_settings_profile_id UNIQUE (profile_id)
);
CREATE TABLE usr_profile_roles (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  profile_id uuid NOT NULL,
  role usr_role NOT NULL,
  is_primary boolean NOT NULL DEFAULT false,
  is_verified boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_usr_profile_roles PRIMARY KEY (id),
  CONSTRAINT uq_usr_profile_roles_profile_id_role UNIQUE (profile_id, role)
);
CREATE TABLE usr_researcher_details (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  profile_id uuid NOT NULL,
  institution_name varchar(200) NOT NULL,
  department varchar(160),
  designation varchar(120),
  research_areas text[] NOT NULL DEFAULT '{}'::text[],
  highest_degree varchar(60),
  orcid_id char(19),
  google_scholar_url text,
  publications_count integer NOT NULL DEFAULT 0,
  is_open_to_collaboration boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_usr_researcher_details PRIMARY KEY (id),
  CONSTRAINT uq_usr_researcher_details_profile_id UNIQUE (profile_id),
  CONSTRAINT uq_usr_researcher_details_orcid_id UNIQUE (orcid_id),
  CONSTRAINT ck_usr_researcher_details_orcid_id CHECK (orcid_id ~ '^[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]$'),
  CONSTRAINT ck_usr_researcher_details_publications_count_range CHECK (publications_count >= 0)
);
CREATE TABLE usr_stats (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  profile_id uuid NOT NULL,
  connections_count integer NOT NULL DEFAULT 0,
  followers_count integer NOT NULL DEFAULT 0,
  following_count integer NOT NULL DEFAULT 0,
  posts_count integer NOT NULL DEFAULT 0,
  comments_count integer NOT NULL DEFAULT 0,
  endorsements_count integer NOT NULL DEFAULT 0,
  profile_views_count integer NOT NULL DEFAULT 0,
  completeness_score smallint NOT NULL DEFAULT 0,
  reputation_score integer NOT NULL DEFAULT 0,
  last_computed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_usr_stats PRIMARY KEY (id),
  CONSTRAINT uq_usr_stats_profile_id UNIQUE (profile_id),
  CONSTRAINT ck_usr_stats_connections_count_range CHECK (connections_count >= 0),
  CONSTRAINT ck_usr_stats_followers_count_range CHECK (followers_count >= 0),
  CONSTRAINT ck_usr_stats_following_count_range CHECK (following_count >= 0),
  CONSTRAINT ck_usr_stats_posts_count_range CHECK (posts_count >= 0),
  CONSTRAINT ck_usr_stats_comments_count_range CHECK (comments_count >= 0),
  CONSTRAINT ck_usr_stats_endorsements_count_range CHECK (endorsements_count >= 0),
  CONSTRAINT ck_usr_stats_profile_views_count_range CHECK (profile_views_count >= 0),
  CONSTRAINT ck_usr_stats_completeness_score_range CHECK (completeness_score >= 0 AND completeness_score <= 100),
  CONSTRAINT ck_usr_stats_reputation_score_range CHECK (reputation_score >= 0)
);
CREATE TABLE usr_supplier_details (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  profile_id uuid NOT NULL,
  company_name varchar(160),
  supply_categories usr_supply_category[] NOT NULL DEFAULT '{}'::usr_supply_category[],
  brands text[] NOT NULL DEFAULT '{}'::text[],
  gstin char(15),
  is_dealer boolean NOT NULL DEFAULT false,
  service_state_codes char(2)[] NOT NULL DEFAULT '{}'::char(2)[],
  has_delivery boolean NOT NULL DEFAULT true,
  min_order_value numeric(12,2),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_usr_supplier_details PRIMARY KEY (id),
  CONSTRAINT uq_usr_supplier_details_profile_id UNIQUE (profile_id),
  CONSTRAINT ck_usr_supplier_details_gstin CHECK (gstin ~ '^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$'),
  CONSTRAINT ck_usr_supplier_details_min_order_value_range CHECK (min_order_value >= 0)
);
CREATE TABLE usr_verifications (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  profile_id uuid NOT NULL,
  verification_type usr_verification_type NOT NULL,
  status usr_verification_status NOT NULL DEFAULT 'pending',
  document_number_last4 varchar(4),
  document_url text,
  submitted_at timestamptz NOT NULL DEFAULT now(),
  reviewed_at timestamptz,
  reviewer_id uuid,
  rejection_reason text,
  expires_at timestamptz,
  metadata jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_usr_verifications PRIMARY KEY (id),
  CONSTRAINT ck_usr_verifications_reviewed_when_decided CHECK (status NOT IN ('approved', 'rejected') OR reviewed_at IS NOT NULL),
  CONSTRAINT ck_usr_verifications_reason_when_rejected CHECK (status <> 'rejected' OR rejection_reason IS NOT NULL)
);
CREATE TABLE usr_veterinarian_details (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  profile_id uuid NOT NULL,
  registration_number varchar(40),
  registration_state_code char(2),
  qualification usr_vet_qualification NOT NULL,
  specializations text[] NOT NULL DEFAULT '{}'::text[],
  years_of_practice smallint,
  clinic_name varchar(160),
  employer_name varchar(160),
  consultation_modes usr_consultation_mode[] NOT NULL DEFAULT '{}'::usr_consultation_mode[],
  consultation_fee numeric(12,2),
  service_radius_km smallint,
  is_available_for_consultation boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_usr_veterinarian_details PRIMARY KEY (id),
  CONSTRAINT uq_usr_veterinarian_details_profile_id UNIQUE (profile_id),
  CONSTRAINT uq_usr_veterinarian_details_registration_state_code_re_c8c6668a UNIQUE NULLS NOT DISTINCT (registration_state_code, registration_number),
  CONSTRAINT ck_usr_veterinarian_details_registration_state_code CHECK (registration_state_code ~ '^[A-Z]{2}$'),
  CONSTRAINT ck_usr_veterinarian_details_years_of_practice_range CHECK (years_of_practice >= 0 AND years_of_practice <= 70),
  CONSTRAINT ck_usr_veterinarian_details_consultation_fee_range CHECK (consultation_fee >= 0),
  CONSTRAINT ck_usr_veterinarian_details_service_radius_km_range CHECK (service_radius_km >= 0 AND service_radius_km <= 1000)
);
CREATE TABLE biz_certifications (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  business_id uuid NOT NULL,
  certification_name varchar(160) NOT NULL,
  certification_type biz_certification_type,
  issuing_authority varchar(160) NOT NULL,
  certificate_number varchar(80),
  issued_on date NOT NULL,
  expires_on date,
  is_lifetime boolean NOT NULL DEFAULT false,
  certificate_file_url text,
  is_verified boolean NOT NULL DEFAULT false,
  verified_at timestamptz,
  sort_order integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_biz_certifications PRIMARY KEY (id),
  CONSTRAINT ck_biz_certifications_certification_name_not_blank CHECK (length(btrim(certification_name)) > 0),
  CONSTRAINT ck_biz_certifications_issuing_authority_not_blank CHECK (length(btrim(issuing_authority)) > 0),
  CONSTRAINT ck_biz_certifications_expiry_consistent CHECK (NOT (is_lifetime AND expires_on IS NOT NULL)),
  CONSTRAINT ck_biz_certifications_dates_ordered CHECK (expires_on IS NULL OR expires_on >= issued_on)
);
CREATE TABLE biz_contact_info (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  business_id uuid NOT NULL,
  email citext,
  phone varchar(20),
  whatsapp_number varchar(20),
  address_line1 varchar(200),
  address_line2 varchar(200),
  city varchar(80),
  district varchar(80),
  state_code char(2),
  pin_code char(6),
  country_code char(2) NOT NULL DEFAULT 'IN',
  gstin char(15),
  pan char(10),
  cin char(21),
  registration_number varchar(60),
  fssai_licence_number char(14),
  trade_licence_number varchar(60),
  social_links jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_biz_contact_info PRIMARY KEY (id),
  CONSTRAINT uq_biz_contact_info_business_id UNIQUE (business_id),
  CONSTRAINT ck_biz_contact_info_phone CHECK (phone ~ '^[+][1-9][0-9]{7,14}$'),
  CONSTRAINT ck_biz_contact_info_whatsapp_number CHECK (whatsapp_number ~ '^[+][1-9][0-9]{7,14}$'),
  CONSTRAINT ck_biz_contact_info_pin_code CHECK (pin_code ~ '^[1-9][0-9]{5}$'),
  CONSTRAINT ck_biz_contact_info_gstin CHECK (gstin ~ '^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$'),
  CONSTRAINT ck_biz_contact_info_pan CHECK (pan ~ '^[A-Z]{5}[0-9]{4}[A-Z]$'),
  CONSTRAINT ck_biz_contact_info_fssai_licence_number CHECK (fssai_licence_number ~ '^[0-9]{14}$')
);
CREATE TABLE biz_farm_details (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  business_id uuid NOT NULL,
  farm_types biz_farm_type[] NOT NULL DEFAULT '{}'::biz_farm_type[],
  farming_system biz_farming_system,
  total_capacity integer,
  number_of_sheds smallint,
  farm_area_acres numeric(10,2),
  avg_birds_per_batch integer,
  batches_per_year smallint,
  daily_egg_production integer,
  breeds_raised text[] NOT NULL DEFAULT '{}'::text[],
  started_on date,
  is_organic_certified boolean NOT NULL DEFAULT false,
  is_halal_certified boolean NOT NULL DEFAULT false,
  is_animal_welfare_certified boolean NOT NULL DEFAULT false,
  is_fssai_certified boolean NOT NULL DEFAULT false,
  has_biosecurity_system boolean NOT NULL DEFAULT false,
  has_climate_control boolean NOT NULL DEFAULT false,
  has_automated_feeding boolean NOT NULL DEFAULT false,
  has_waste_management boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_biz_farm_details PRIMARY KEY (id),
  CONSTRAINT uq_biz_farm_details_business_id UNIQUE (business_id),
  CONSTRAINT ck_biz_farm_details_total_capacity_range CHECK (total_capacity >= 0),
  CONSTRAINT ck_biz_farm_details_number_of_sheds_range CHECK (number_of_sheds >= 0),
  CONSTRAINT ck_biz_farm_details_farm_area_acres_range CHECK (farm_area_acres >= 0),
  CONSTRAINT ck_biz_farm_details_avg_birds_per_batch_range CHECK (avg_birds_per_batch >= 0),
  CONSTRAINT ck_biz_farm_details_batches_per_year_range CHECK (batches_per_year >= 0 AND batches_per_year <= 12),
  CONSTRAINT ck_biz_farm_details_daily_egg_production_range CHECK (daily_egg_production >= 0)
);
CREATE TABLE biz_locations (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  business_id uuid NOT NULL,
  location_type biz_location_type NOT NULL,
  location_name varchar(120),
  address_line1 varchar(200) NOT NULL,
  address_line2 varchar(200),
  city varchar(80),
  district varchar(80),
  state_code char(2) NOT NULL,
  pin_code char(6),
  country_code char(2) NOT NULL DEFAULT 'IN',
  phone varchar(20),
  email citext,
  latitude numeric(9,6),
  longitude numeric(9,6),
  is_primary boolean NOT NULL DEFAULT false,
  is_active boolean NOT NULL DEFAULT true,
  sort_order integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_biz_locations PRIMARY KEY (id),
  CONSTRAINT ck_biz_locations_address_line1_not_blank CHECK (length(btrim(address_line1)) > 0),
  CONSTRAINT ck_biz_locations_pin_code CHECK (pin_code ~ '^[1-9][0-9]{5}$'),
  CONSTRAINT ck_biz_locations_phone CHECK (phone ~ '^[+][1-9][0-9]{7,14}$'),
  CONSTRAINT ck_biz_locations_latitude_range CHECK (latitude >= -90 AND latitude <= 90),
  CONSTRAINT ck_biz_locations_longitude_range CHECK (longitude >= -180 AND longitude <= 180),
  CONSTRAINT ck_biz_locations_coordinates_paired CHECK ((latitude IS NULL) = (longitude IS NULL))
);
CREATE TABLE biz_service_areas (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  business_id uuid NOT NULL,
  coverage_type biz_coverage_type NOT NULL,
  state_code char(2),
  district varchar(80),
  city varchar(80),
  pin_code char(6),
  is_delivery_available boolean NOT NULL DEFAULT false,
  delivery_days smallint,
  minimum_order_value numeric(12,2),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_biz_service_areas PRIMARY KEY (id),
  CONSTRAINT uq_biz_service_areas_business_id_coverage_type_state_c_f52b273c UNIQUE NULLS NOT DISTINCT (business_id, coverage_type, state_code, district, city, pin_code),
  CONSTRAINT ck_biz_service_areas_pin_code CHECK (pin_code ~ '^[1-9][0-9]{5}$'),
  CONSTRAINT ck_biz_service_areas_delivery_days_range CHECK (delivery_days >= 0 AND delivery_days <= 90),
  CONSTRAINT ck_biz_service_areas_minimum_order_value_range CHECK (minimum_order_value >= 0),
  CONSTRAINT ck_biz_service_areas_coverage_complete CHECK (coverage_type = 'national' OR (coverage_type = 'state' AND state_code IS NOT NULL) OR (coverage_type = 'district' AND state_code IS NOT NULL AND district IS NOT NULL) OR (coverage_type = 'city' AND state_code IS NOT NULL AND city IS NOT NULL) OR (coverage_type = 'pin_code' AND pin_code IS NOT NULL))
);
CREATE TABLE biz_stats (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  business_id uuid NOT NULL,
  followers_count integer NOT NULL DEFAULT 0,
  team_members_count integer NOT NULL DEFAULT 0,
  posts_count integer NOT NULL DEFAULT 0,
  products_count integer NOT NULL DEFAULT 0,
  product_views_count integer NOT NULL DEFAULT 0,
  product_inquiries_count integer NOT NULL DEFAULT 0,
  product_reviews_count integer NOT NULL DEFAULT 0,
  average_product_rating numeric(3,2),
  services_count integer NOT NULL DEFAULT 0,
  reviews_count integer NOT NULL DEFAULT 0,
  average_rating numeric(3,2),
  active_jobs_count integer NOT NULL DEFAULT 0,
  total_jobs_posted integer NOT NULL DEFAULT 0,
  job_applications_count integer NOT NULL DEFAULT 0,
  profile_views_count integer NOT NULL DEFAULT 0,
  profile_views_this_month integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_biz_stats PRIMARY KEY (id),
  CONSTRAINT uq_biz_stats_business_id UNIQUE (business_id),
  CONSTRAINT ck_biz_stats_followers_count_range CHECK (followers_count >= 0),
  CONSTRAINT ck_biz_stats_team_members_count_range CHECK (team_members_count >= 0),
  CONSTRAINT ck_biz_stats_posts_count_range CHECK (posts_count >= 0),
  CONSTRAINT ck_biz_stats_products_count_range CHECK (products_count >= 0),
  CONSTRAINT ck_biz_stats_product_views_count_range CHECK (product_views_count >= 0),
  CONSTRAINT ck_biz_stats_product_inquiries_count_range CHECK (product_inquiries_count >= 0),
  CONSTRAINT ck_biz_stats_product_reviews_count_range CHECK (product_reviews_count >= 0),
  CONSTRAINT ck_biz_stats_average_product_rating_range CHECK (average_product_rating >= 0 AND average_product_rating <= 5),
  CONSTRAINT ck_biz_stats_services_count_range CHECK (services_count >= 0),
  CONSTRAINT ck_biz_stats_reviews_count_range CHECK (reviews_count >= 0),
  CONSTRAINT ck_biz_stats_average_rating_range CHECK (average_rating >= 0 AND average_rating <= 5),
  CONSTRAINT ck_biz_stats_active_jobs_count_range CHECK (active_jobs_count >= 0),
  CONSTRAINT ck_biz_stats_total_jobs_posted_range CHECK (total_jobs_posted >= 0),
  CONSTRAINT ck_biz_stats_job_applications_count_range CHECK (job_applications_count >= 0),
  CONSTRAINT ck_biz_stats_profile_views_count_range CHECK (profile_views_count >= 0),
  CONSTRAINT ck_biz_stats_profile_views_this_month_range CHECK (profile_views_this_month >= 0)
);
CREATE TABLE biz_supplier_details (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  business_id uuid NOT NULL,
  supply_categories biz_supply_category[] NOT NULL DEFAULT '{}'::biz_supply_category[],
  authorized_brands text[] NOT NULL DEFAULT '{}'::text[],
  own_brands text[] NOT NULL DEFAULT '{}'::text[],
  minimum_order_value numeric(12,2),
  minimum_order_quantity varchar(60),
  is_bulk_discount_available boolean NOT NULL DEFAULT false,
  is_home_delivery_available boolean NOT NULL DEFAULT false,
  delivery_days smallint,
  delivery_charges_info varchar(300),
  free_delivery_above numeric(12,2),
  payment_terms biz_payment_term[] NOT NULL DEFAULT '{}'::biz_payment_term[],
  credit_period_days smallint,
  has_technical_support boolean NOT NULL DEFAULT false,
  has_after_sales_service boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_biz_supplier_details PRIMARY KEY (id),
  CONSTRAINT uq_biz_supplier_details_business_id UNIQUE (business_id),
  CONSTRAINT ck_biz_supplier_details_minimum_order_value_range CHECK (minimum_order_value >= 0),
  CONSTRAINT ck_biz_supplier_details_delivery_days_range CHECK (delivery_days >= 0 AND delivery_days <= 90),
  CONSTRAINT ck_biz_supplier_details_free_delivery_above_range CHECK (free_delivery_above >= 0),
  CONSTRAINT ck_biz_supplier_details_credit_period_days_range CHECK (credit_period_days >= 0 AND credit_period_days <= 365)
);
CREATE TABLE biz_team_members (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  business_id uuid NOT NULL,
  profile_id uuid NOT NULL,
  role_title varchar(120) NOT NULL,
  department varchar(80),
  employment_type biz_employment_type,
  joined_on date,
  left_on date,
  is_admin boolean NOT NULL DEFAULT false,
  can_post_updates boolean NOT NULL DEFAULT false,
  can_manage_products boolean NOT NULL DEFAULT false,
  can_manage_services boolean NOT NULL DEFAULT false,
  can_manage_jobs boolean NOT NULL DEFAULT false,
  can_respond_to_inquiries boolean NOT NULL DEFAULT false,
  can_view_analytics boolean NOT NULL DEFAULT false,
  is_shown_on_page boolean NOT NULL DEFAULT true,
  sort_order integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_biz_team_members PRIMARY KEY (id),
  CONSTRAINT uq_biz_team_members_business_id_profile_id UNIQUE (business_id, profile_id),
  CONSTRAINT uq_biz_team_members_business_id_id UNIQUE (business_id, id),
  CONSTRAINT ck_biz_team_members_role_title_not_blank CHECK (length(btrim(role_title)) > 0),
  CONSTRAINT ck_biz_team_members_dates_ordered CHECK (left_on IS NULL OR joined_on IS NULL OR left_on >= joined_on)
);
CREATE TABLE cms_post_tags (
  post_id uuid NOT NULL,
  tag_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_cms_post_tags PRIMARY KEY (post_id, tag_id)
);
CREATE TABLE eml_senders (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  domain_id uuid NOT NULL,
  email citext NOT NULL,
  display_name varchar(120) NOT NULL,
  reply_to_email citext,
  category eml_message_category NOT NULL,
  is_default boolean NOT NULL DEFAULT false,
  is_verified boolean NOT NULL DEFAULT false,
  verified_at timestamptz,
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_eml_senders PRIMARY KEY (id),
  CONSTRAINT uq_eml_senders_email UNIQUE (email),
  CONSTRAINT ck_eml_senders_email CHECK (position('@' in email) > 1),
  CONSTRAINT ck_eml_senders_display_name_not_blank CHECK (length(btrim(display_name)) > 0)
);
CREATE TABLE evt_events (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  event_type_id uuid NOT NULL,
  organization_id uuid,
  business_id uuid,
  created_by_id uuid,
  organizer_name varchar(200),
  title varchar(200) NOT NULL,
  slug citext NOT NULL,
  summary varchar(300),
  description text,
  cover_image_url text,
  format evt_event_format NOT NULL DEFAULT 'in_person',
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  timezone varchar(64) NOT NULL DEFAULT 'Asia/Kolkata',
  venue_name varchar(200),
  address_line varchar(300),
  city varchar(80),
  district varchar(80),
  state_code char(2),
  pin_code char(6),
  latitude numeric(9,6),
  longitude numeric(9,6),
  online_url text,
  capacity integer,
  languages text[] NOT NULL DEFAULT ARRAY['en']::text[],
  tags text[] NOT NULL DEFAULT '{}'::text[],
  visibility evt_visibility NOT NULL DEFAULT 'public',
  status evt_event_status NOT NULL DEFAULT 'draft',
  is_registration_required boolean NOT NULL DEFAULT true,
  is_approval_required boolean NOT NULL DEFAULT false,
  registration_opens_at timestamptz,
  registration_closes_at timestamptz,
  published_at timestamptz,
  cancelled_at timestamptz,
  cancellation_reason text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  CONSTRAINT pk_evt_events PRIMARY KEY (id),
  CONSTRAINT uq_evt_events_slug UNIQUE (slug),
  CONSTRAINT ck_evt_events_title_not_blank CHECK (length(btrim(title)) > 0),
  CONSTRAINT ck_evt_events_slug CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  CONSTRAINT ck_evt_events_state_code CHECK (state_code ~ '^[A-Z]{2}$'),
  CONSTRAINT ck_evt_events_pin_code CHECK (pin_code ~ '^[1-9][0-9]{5}$'),
  CONSTRAINT ck_evt_events_latitude_range CHECK (latitude >= -90 AND latitude <= 90),
  CONSTRAINT ck_evt_events_longitude_range CHECK (longitude >= -180 AND longitude <= 180),
  CONSTRAINT ck_evt_events_capacity_range CHECK (capacity >= 1),
  CONSTRAINT ck_evt_events_ends_after_start CHECK (ends_at > starts_at),
  CONSTRAINT ck_evt_events_registration_window_ordered CHECK (registration_closes_at IS NULL OR registration_opens_at IS NULL OR registration_closes_at > registration_opens_at),
  CONSTRAINT ck_evt_events_has_venue_or_link CHECK ((format = 'online' AND online_url IS NOT NULL) OR (format <> 'online' AND (venue_name IS NOT NULL OR city IS NOT NULL)) OR status = 'draft'),
  CONSTRAINT ck_evt_events_cancelled_has_instant CHECK (status <> 'cancelled' OR cancelled_at IS NOT NULL)
);
CREATE TABLE int_credentials (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  provider int_provider NOT NULL,
  environment int_environment NOT NULL DEFAULT 'production',
  name varchar(80) NOT NULL,
  business_id uuid,
  organization_id uuid,
  key_id varchar(255),
  secret_ciphertext bytea,
  secret_ref varchar(255),
  encryption_key_ref varchar(255),
  config jsonb NOT NULL DEFAULT '{}'::jsonb,
  scopes text[] NOT NULL DEFAULT '{}'::text[],
  status int_credential_status NOT NULL DEFAULT 'active',
  expires_at timestamptz,
  last_used_at timestamptz,
  last_verified_at timestamptz,
  last_error text,
  rotated_at timestamptz,
  created_by_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_int_credentials PRIMARY KEY (id),
  CONSTRAINT uq_int_credentials_provider_environment_name_business_6ff21fee UNIQUE NULLS NOT DISTINCT (provider, environment, name, business_id, organization_id),
  CONSTRAINT ck_int_credentials_name_not_blank CHECK (length(btrim(name)) > 0),
  CONSTRAINT ck_int_credentials_one_owner CHECK (num_nonnulls(business_id, organization_id) <= 1),
  CONSTRAINT ck_int_credentials_has_secret CHECK (secret_ciphertext IS NOT NULL OR secret_ref IS NOT NULL),
  CONSTRAINT ck_int_credentials_ciphertext_has_key CHECK (secret_ciphertext IS NULL OR encryption_key_ref IS NOT NULL)
);
CREATE TABLE job_postings (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  business_id uuid,
  organization_id uuid,
  posted_by_id uuid,
  title varchar(160) NOT NULL,
  category_id uuid NOT NULL,
  job_type_id uuid NOT NULL,
  work_mode job_work_mode NOT NULL DEFAULT 'on_site',
  state_code char(2),
  district varchar(80),
  city varchar(80),
  pin_code char(6),
  description text NOT NULL,
  responsibilities text,
  requirements text,
  experience_min_years smallint,
  experience_max_years smallint,
  min_education_level job_education_level,
  is_salary_visible boolean NOT NULL DEFAULT false,
  salary_min numeric(12,2),
  salary_max numeric(12,2),
  salary_period job_salary_period,
  currency char(3) NOT NULL DEFAULT 'INR',
  benefits text[] NOT NULL DEFAULT '{}'::text[],
  languages text[] NOT NULL DEFAULT '{}'::text[],
  application_method job_application_method NOT NULL DEFAULT 'internal',
  application_url text,
  application_email citext,
  application_phone varchar(20),
  application_instructions text,
  openings smallint NOT NULL DEFAULT 1,
  status job_posting_status NOT NULL DEFAULT 'draft',
  published_at timestamptz,
  expires_on date,
  view_count integer NOT NULL DEFAULT 0,
  application_count integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  CONSTRAINT pk_job_postings PRIMARY KEY (id),
  CONSTRAINT ck_job_postings_title_not_blank CHECK (length(btrim(title)) > 0),
  CONSTRAINT ck_job_postings_pin_code CHECK (pin_code ~ '^[1-9][0-9]{5}$'),
  CONSTRAINT ck_job_postings_description_not_blank CHECK (length(btrim(description)) > 0),
  CONSTRAINT ck_job_postings_experience_min_years_range CHECK (experience_min_years >= 0 AND experience_min_years <= 50),
  CONSTRAINT ck_job_postings_experience_max_years_range CHECK (experience_max_years >= 0 AND experience_max_years <= 50),
  CONSTRAINT ck_job_postings_salary_min_range CHECK (salary_min >= 0),
  CONSTRAINT ck_job_postings_salary_max_range CHECK (salary_max >= 0),
  CONSTRAINT ck_job_postings_application_phone CHECK (application_phone ~ '^[+][1-9][0-9]{7,14}$'),
  CONSTRAINT ck_job_postings_openings_range CHECK (openings >= 1),
  CONSTRAINT ck_job_postings_view_count_range CHECK (view_count >= 0),
  CONSTRAINT ck_job_postings_application_count_range CHECK (application_count >= 0),
  CONSTRAINT ck_job_postings_one_employer CHECK (num_nonnulls(business_id, organization_id) = 1),
  CONSTRAINT ck_job_postings_salary_ordered CHECK (salary_min IS NULL OR salary_max IS NULL OR salary_max >= salary_min),
  CONSTRAINT ck_job_postings_salary_has_period CHECK ((salary_min IS NULL AND salary_max IS NULL) OR salary_period IS NOT NULL),
  CONSTRAINT ck_job_postings_experience_ordered CHECK (experience_min_years IS NULL OR experience_max_years IS NULL OR experience_max_years >= experience_min_years),
  CONSTRAINT ck_job_postings_workplace_known CHECK (work_mode = 'remote' OR state_code IS NOT NULL),
  CONSTRAINT ck_job_postings_application_target CHECK ((application_method = 'internal') OR (application_method = 'external' AND application_url IS NOT NULL) OR (application_method = 'email' AND application_email IS NOT NULL) OR (application_method = 'phone' AND application_phone IS NOT NULL)),
  CONSTRAINT ck_job_postings_published_has_instant CHECK (status = 'draft' OR published_at IS NOT NULL)
);
CREATE TABLE mkt_campaign_pillars (
  campaign_id uuid NOT NULL,
  pillar_id uuid NOT NULL,
  weight_percent numeric(5,2),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_mkt_campaign_pillars PRIMARY KEY (campaign_id, pillar_id),
  CONSTRAINT ck_mkt_campaign_pillars_weight_percent_range CHECK (weight_percent >= 0 AND weight_percent <= 100)
);
CREATE TABLE mkt_pillar_tags (
  pillar_id uuid NOT NULL,
  tag_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_mkt_pillar_tags PRIMARY KEY (pillar_id, tag_id)
);
CREATE TABLE mkt_topics (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  pillar_id uuid NOT NULL,
  slug citext NOT NULL,
  title varchar(200) NOT NULL,
  description text,
  keywords text[] NOT NULL DEFAULT '{}'::text[],
  status mkt_topic_status NOT NULL DEFAULT 'proposed',
  priority smallint NOT NULL DEFAULT 3,
  season_months smallint[] NOT NULL DEFAULT '{}'::smallint[],
  content_count integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_mkt_topics PRIMARY KEY (id),
  CONSTRAINT uq_mkt_topics_pillar_id_slug UNIQUE (pillar_id, slug),
  CONSTRAINT ck_mkt_topics_slug CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  CONSTRAINT ck_mkt_topics_title_not_blank CHECK (length(btrim(title)) > 0),
  CONSTRAINT ck_mkt_topics_priority_range CHECK (priority >= 1 AND priority <= 5),
  CONSTRAINT ck_mkt_topics_content_count_range CHECK (content_count >= 0)
);
CREATE TABLE msg_conversations (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  conversation_type msg_conversation_type NOT NULL DEFAULT 'direct',
  title varchar(120),
  description text,
  avatar_url text,
  created_by_id uuid,
  business_id uuid,
  entity_type varchar(40),
  entity_id uuid,
  direct_key varchar(73),
  is_announcement_only boolean NOT NULL DEFAULT false,
  last_message_at timestamptz,
  last_message_preview varchar(200),
  message_count integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_msg_conversations PRIMARY KEY (id),
  CONSTRAINT uq_msg_conversations_direct_key UNIQUE (direct_key),
  CONSTRAINT ck_msg_conversations_title_not_blank CHECK (length(btrim(title)) > 0),
  CONSTRAINT ck_msg_conversations_message_count_range CHECK (message_count >= 0),
  CONSTRAINT ck_msg_conversations_direct_key_for_direct CHECK ((conversation_type = 'direct') = (direct_key IS NOT NULL)),
  CONSTRAINT ck_msg_conversations_entity_pair CHECK ((entity_type IS NULL) = (entity_id IS NULL))
);
CREATE TABLE nec_prices (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  zone_id uuid NOT NULL,
  price_date date NOT NULL,
  price_year smallint GENERATED ALWAYS AS ((EXTRACT(YEAR FROM price_date))::smallint) STORED,
  price_month smallint GENERATED ALWAYS AS ((EXTRACT(MONTH FROM price_date))::smallint) STORED,
  suggested_price numeric(8,2),
  prevailing_price numeric(8,2),
  source nec_price_source NOT NULL DEFAULT 'scraped',
  scraper_mode nec_scrape_mode,
  scraper_log_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_nec_prices PRIMARY KEY (id),
  CONSTRAINT uq_nec_prices_zone_id_price_date UNIQUE (zone_id, price_date),
  CONSTRAINT ck_nec_prices_suggested_price_range CHECK (suggested_price >= 0),
  CONSTRAINT ck_nec_prices_prevailing_price_range CHECK (prevailing_price >= 0),
  CONSTRAINT ck_nec_prices_has_a_price CHECK (suggested_price IS NOT NULL OR prevailing_price IS NOT NULL),
  CONSTRAINT ck_nec_prices_mode_only_when_scraped CHECK (scraper_mode IS NULL OR source = 'scraped')
);
CREATE TABLE ntf_notifications (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  recipient_id uuid NOT NULL,
  actor_id uuid,
  template_id uuid,
  event_key varchar(80) NOT NULL,
  category ntf_category NOT NULL,
  priority ntf_priority NOT NULL DEFAULT 'normal',
  title varchar(200) NOT NULL,
  body text,
  action_url text,
  image_url text,
  entity_type varchar(40),
  entity_id uuid,
  group_key varchar(160),
  actor_count integer NOT NULL DEFAULT 1,
  data jsonb NOT NULL DEFAULT '{}'::jsonb,
  seen_at timestamptz,
  read_at timestamptz,
  expires_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_ntf_notifications PRIMARY KEY (id),
  CONSTRAINT ck_ntf_notifications_event_key_not_blank CHECK (length(btrim(event_key)) > 0),
  CONSTRAINT ck_ntf_notifications_title_not_blank CHECK (length(btrim(title)) > 0),
  CONSTRAINT ck_ntf_notifications_actor_count_range CHECK (actor_count >= 0),
  CONSTRAINT ck_ntf_notifications_entity_pair CHECK ((entity_type IS NULL) = (entity_id IS NULL))
);
CREATE TABLE org_announcements (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  organization_id uuid NOT NULL,
  author_id uuid,
  title varchar(200) NOT NULL,
  body text NOT NULL,
  priority org_announcement_priority NOT NULL DEFAULT 'normal',
  visibility org_content_visibility NOT NULL DEFAULT 'members_only',
  is_pinned boolean NOT NULL DEFAULT false,
  attachments jsonb NOT NULL DEFAULT '[]'::jsonb,
  published_at timestamptz,
  expires_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  CONSTRAINT pk_org_announcements PRIMARY KEY (id),
  CONSTRAINT ck_org_announcements_title_not_blank CHECK (length(btrim(title)) > 0),
  CONSTRAINT ck_org_announcements_body_not_blank CHECK (length(btrim(body)) > 0),
  CONSTRAINT ck_org_announcements_expiry_after_publish CHECK (expires_at IS NULL OR published_at IS NULL OR expires_at > published_at)
);
CREATE TABLE org_committees (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  organization_id uuid NOT NULL,
  parent_committee_id uuid,
  name varchar(160) NOT NULL,
  description text,
  committee_type org_committee_type NOT NULL DEFAULT 'standing',
  formed_on date,
  dissolved_on date,
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_org_committees PRIMARY KEY (id),
  CONSTRAINT uq_org_committees_organization_id_name UNIQUE (organization_id, name),
  CONSTRAINT ck_org_committees_name_not_blank CHECK (length(btrim(name)) > 0),
  CONSTRAINT ck_org_committees_dates_ordered CHECK (dissolved_on IS NULL OR formed_on IS NULL OR dissolved_on >= formed_on)
);
CREATE TABLE org_contact_info (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  organization_id uuid NOT NULL,
  email citext,
  phone varchar(20),
  alternate_phone varchar(20),
  whatsapp_number varchar(20),
  address_line1 varchar(200),
  address_line2 varchar(200),
  city varchar(80),
  district varchar(80),
  state_code char(2),
  pin_code char(6),
  social_links jsonb NOT NULL DEFAULT '{}'::jsonb,
  is_public boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_org_contact_info PRIMARY KEY (id),
  CONSTRAINT uq_org_contact_info_organization_id UNIQUE (organization_id),
  CONSTRAINT ck_org_contact_info_phone CHECK (phone ~ '^\+[1-9][0-9]{6,14}$'),
  CONSTRAINT ck_org_contact_info_alternate_phone CHECK (alternate_phone ~ '^\+[1-9][0-9]{6,14}$'),
  CONSTRAINT ck_org_contact_info_whatsapp_number CHECK (whatsapp_number ~ '^\+[1-9][0-9]{6,14}$'),
  CONSTRAINT ck_org_contact_info_state_code CHECK (state_code ~ '^[A-Z]{2}$'),
  CONSTRAINT ck_org_contact_info_pin_code CHECK (pin_code ~ '^[1-9][0-9]{5}$')
);
CREATE TABLE org_leadership (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  organization_id uuid NOT NULL,
  profile_id uuid,
  full_name varchar(120) NOT NULL,
  designation varchar(100) NOT NULL,
  photo_url text,
  bio text,
  term_started_on date,
  term_ends_on date,
  is_current boolean NOT NULL DEFAULT true,
  sort_order smallint NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_org_leadership PRIMARY KEY (id),
  CONSTRAINT ck_org_leadership_full_name_not_blank CHECK (length(btrim(full_name)) > 0),
  CONSTRAINT ck_org_leadership_designation_not_blank CHECK (length(btrim(designation)) > 0),
  CONSTRAINT ck_org_leadership_term_ordered CHECK (term_ends_on IS NULL OR term_started_on IS NULL OR term_ends_on >= term_started_on)
);
CREATE TABLE org_membership_tiers (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  organization_id uuid NOT NULL,
  name varchar(80) NOT NULL,
  description text,
  member_kind org_member_kind NOT NULL DEFAULT 'individual',
  fee_amount numeric(12,2) NOT NULL DEFAULT 0,
  gst_rate_percent numeric(5,2) NOT NULL DEFAULT 0,
  currency char(3) NOT NULL DEFAULT 'INR',
  billing_period org_billing_period NOT NULL DEFAULT 'annual',
  admission_fee_amount numeric(12,2) NOT NULL DEFAULT 0,
  benefits text[] NOT NULL DEFAULT '{}'::text[],
  max_members integer,
  is_active boolean NOT NULL DEFAULT true,
  sort_order smallint NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_org_membership_tiers PRIMARY KEY (id),
  CONSTRAINT uq_org_membership_tiers_organization_id_name UNIQUE (organization_id, name),
  CONSTRAINT ck_org_membership_tiers_name_not_blank CHECK (length(btrim(name)) > 0),
  CONSTRAINT ck_org_membership_tiers_fee_amount_range CHECK (fee_amount >= 0),
  CONSTRAINT ck_org_membership_tiers_gst_rate_percent_range CHECK (gst_rate_percent >= 0 AND gst_rate_percent <= 28),
  CONSTRAINT ck_org_membership_tiers_admission_fee_amount_range CHECK (admission_fee_amount >= 0),
  CONSTRAINT ck_org_membership_tiers_max_members_range CHECK (max_members >= 1)
);
CREATE TABLE org_offices (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  organization_id uuid NOT NULL,
  name varchar(160) NOT NULL,
  office_type org_office_type NOT NULL DEFAULT 'regional',
  address_line1 varchar(200) NOT NULL,
  address_line2 varchar(200),
  city varchar(80) NOT NULL,
  district varchar(80),
  state_code char(2) NOT NULL,
  pin_code char(6),
  phone varchar(20),
  email citext,
  latitude numeric(9,6),
  longitude numeric(9,6),
  is_primary boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_org_offices PRIMARY KEY (id),
  CONSTRAINT ck_org_offices_name_not_blank CHECK (length(btrim(name)) > 0),
  CONSTRAINT ck_org_offices_state_code CHECK (state_code ~ '^[A-Z]{2}$'),
  CONSTRAINT ck_org_offices_pin_code CHECK (pin_code ~ '^[1-9][0-9]{5}$'),
  CONSTRAINT ck_org_offices_latitude_range CHECK (latitude >= -90 AND latitude <= 90),
  CONSTRAINT ck_org_offices_longitude_range CHECK (longitude >= -180 AND longitude <= 180)
);
CREATE TABLE org_resources (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  organization_id uuid NOT NULL,
  uploaded_by_id uuid,
  title varchar(200) NOT NULL,
  description text,
  resource_type org_resource_type NOT NULL DEFAULT 'document',
  file_url text,
  external_url text,
  mime_type varchar(120),
  file_size_bytes bigint,
  language_code varchar(8) NOT NULL DEFAULT 'en',
  visibility org_content_visibility NOT NULL DEFAULT 'members_only',
  tags text[] NOT NULL DEFAULT '{}'::text[],
  download_count integer NOT NULL DEFAULT 0,
  published_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  CONSTRAINT pk_org_resources PRIMARY KEY (id),
  CONSTRAINT ck_org_resources_title_not_blank CHECK (length(btrim(title)) > 0),
  CONSTRAINT ck_org_resources_file_size_bytes_range CHECK (file_size_bytes >= 0),
  CONSTRAINT ck_org_resources_download_count_range CHECK (download_count >= 0),
  CONSTRAINT ck_org_resources_has_location CHECK (file_url IS NOT NULL OR external_url IS NOT NULL)
);
CREATE TABLE org_roles (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  organization_id uuid NOT NULL,
  name varchar(60) NOT NULL,
  description text,
  permissions org_permission[] NOT NULL DEFAULT '{}'::org_permission[],
  is_system_role boolean NOT NULL DEFAULT false,
  sort_order smallint NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_org_roles PRIMARY KEY (id),
  CONSTRAINT uq_org_roles_organization_id_name UNIQUE (organization_id, name),
  CONSTRAINT ck_org_roles_name_not_blank CHECK (length(btrim(name)) > 0)
);
CREATE TABLE org_stats (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  organization_id uuid NOT NULL,
  member_count integer NOT NULL DEFAULT 0,
  active_member_count integer NOT NULL DEFAULT 0,
  follower_count integer NOT NULL DEFAULT 0,
  committee_count integer NOT NULL DEFAULT 0,
  event_count integer NOT NULL DEFAULT 0,
  resource_count integer NOT NULL DEFAULT 0,
  announcement_count integer NOT NULL DEFAULT 0,
  pending_application_count integer NOT NULL DEFAULT 0,
  page_view_count bigint NOT NULL DEFAULT 0,
  last_activity_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_org_stats PRIMARY KEY (id),
  CONSTRAINT uq_org_stats_organization_id UNIQUE (organization_id),
  CONSTRAINT ck_org_stats_member_count_range CHECK (member_count >= 0),
  CONSTRAINT ck_org_stats_active_member_count_range CHECK (active_member_count >= 0),
  CONSTRAINT ck_org_stats_follower_count_range CHECK (follower_count >= 0),
  CONSTRAINT ck_org_stats_committee_count_range CHECK (committee_count >= 0),
  CONSTRAINT ck_org_stats_event_count_range CHECK (event_count >= 0),
  CONSTRAINT ck_org_stats_resource_count_range CHECK (resource_count >= 0),
  CONSTRAINT ck_org_stats_announcement_count_range CHECK (announcement_count >= 0),
  CONSTRAINT ck_org_stats_pending_application_count_range CHECK (pending_application_count >= 0),
  CONSTRAINT ck_org_stats_page_view_count_range CHECK (page_view_count >= 0)
);
CREATE TABLE prd_products (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  business_id uuid NOT NULL,
  category_id uuid NOT NULL,
  category_path uuid[] NOT NULL DEFAULT '{}'::uuid[],
  name varchar(200) NOT NULL,
  slug citext NOT NULL,
  sku varchar(64),
  brand_name varchar(120),
  manufacturer_name varchar(160),
  short_description varchar(200),
  description text,
  specifications jsonb NOT NULL DEFAULT '{}'::jsonb,
  bird_types prd_bird_type[] NOT NULL DEFAULT '{}'::prd_bird_type[],
  bird_stages prd_bird_stage[] NOT NULL DEFAULT '{}'::prd_bird_stage[],
  formulation prd_formulation,
  certifications text[] NOT NULL DEFAULT '{}'::text[],
  search_keywords text[] NOT NULL DEFAULT '{}'::text[],
  hsn_code varchar(8),
  gst_rate numeric(4,2),
  is_prescription_required boolean NOT NULL DEFAULT false,
  is_price_visible boolean NOT NULL DEFAULT false,
  price numeric(12,2),
  mrp numeric(12,2),
  currency char(3) NOT NULL DEFAULT 'INR',
  price_unit varchar(40),
  minimum_order_quantity integer,
  moq_unit prd_unit,
  is_available boolean NOT NULL DEFAULT true,
  status prd_product_status NOT NULL DEFAULT 'draft',
  featured_image_url text,
  sort_order integer NOT NULL DEFAULT 0,
  view_count integer NOT NULL DEFAULT 0,
  inquiry_count integer NOT NULL DEFAULT 0,
  review_count integer NOT NULL DEFAULT 0,
  average_rating numeric(3,2),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  CONSTRAINT pk_prd_products PRIMARY KEY (id),
  CONSTRAINT uq_prd_products_business_id_slug UNIQUE (business_id, slug),
  CONSTRAINT ck_prd_products_name_not_blank CHECK (length(btrim(name)) > 0),
  CONSTRAINT ck_prd_products_slug CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  CONSTRAINT ck_prd_products_hsn_code CHECK (hsn_code ~ '^[0-9]{4}([0-9]{2}){0,2}$'),
  CONSTRAINT ck_prd_products_gst_rate_range CHECK (gst_rate >= 0 AND gst_rate <= 40),
  CONSTRAINT ck_prd_products_price_range CHECK (price >= 0),
  CONSTRAINT ck_prd_products_mrp_range CHECK (mrp >= 0),
  CONSTRAINT ck_prd_products_minimum_order_quantity_range CHECK (minimum_order_quantity >= 1),
  CONSTRAINT ck_prd_products_view_count_range CHECK (view_count >= 0),
  CONSTRAINT ck_prd_products_inquiry_count_range CHECK (inquiry_count >= 0),
  CONSTRAINT ck_prd_products_review_count_range CHECK (review_count >= 0),
  CONSTRAINT ck_prd_products_average_rating_range CHECK (average_rating >= 0 AND average_rating <= 5),
  CONSTRAINT ck_prd_products_price_within_mrp CHECK (mrp IS NULL OR price IS NULL OR price <= mrp),
  CONSTRAINT ck_prd_products_visible_price_set CHECK (NOT is_price_visible OR price IS NOT NULL)
);
CREATE TABLE soc_follows (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  follower_id uuid NOT NULL,
  target_type soc_follow_target NOT NULL,
  followed_profile_id uuid,
  followed_business_id uuid,
  followed_organization_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_soc_follows PRIMARY KEY (id),
  CONSTRAINT uq_soc_follows_followed_profile_id_follower_id UNIQUE (followed_profile_id, follower_id),
  CONSTRAINT uq_soc_follows_followed_business_id_follower_id UNIQUE (followed_business_id, follower_id),
  CONSTRAINT uq_soc_follows_followed_organization_id_follower_id UNIQUE (followed_organization_id, follower_id),
  CONSTRAINT ck_soc_follows_one_target CHECK ((target_type = 'profile' AND followed_profile_id IS NOT NULL AND num_nonnulls(followed_business_id, followed_organization_id) = 0) OR (target_type = 'business' AND followed_business_id IS NOT NULL AND num_nonnulls(followed_profile_id, followed_organization_id) = 0) OR (target_type = 'organization' AND followed_organization_id IS NOT NULL AND num_nonnulls(followed_profile_id, followed_business_id) = 0)),
  CONSTRAINT ck_soc_follows_not_self CHECK (followed_profile_id IS NULL OR followed_profile_id <> follower_id)
);
CREATE TABLE soc_posts (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  author_id uuid NOT NULL,
  business_id uuid,
  organization_id uuid,
  post_type soc_post_type NOT NULL DEFAULT 'text',
  status soc_post_status NOT NULL DEFAULT 'published',
  visibility soc_post_visibility NOT NULL DEFAULT 'public',
  moderation_status soc_moderation_status NOT NULL DEFAULT 'visible',
  content text,
  language_code varchar(10) NOT NULL DEFAULT 'en',
  link_url text,
  media_urls text[] NOT NULL DEFAULT '{}'::text[],
  state_code char(2),
  district varchar(80),
  is_pinned boolean NOT NULL DEFAULT false,
  is_commenting_enabled boolean NOT NULL DEFAULT true,
  scheduled_at timestamptz,
  published_at timestamptz DEFAULT now(),
  edited_at timestamptz,
  like_count integer NOT NULL DEFAULT 0,
  comment_count integer NOT NULL DEFAULT 0,
  share_count integer NOT NULL DEFAULT 0,
  bookmark_count integer NOT NULL DEFAULT 0,
  view_count bigint NOT NULL DEFAULT 0,
  metadata jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  CONSTRAINT pk_soc_posts PRIMARY KEY (id),
  CONSTRAINT ck_soc_posts_content_not_blank CHECK (length(btrim(content)) > 0),
  CONSTRAINT ck_soc_posts_like_count_range CHECK (like_count >= 0),
  CONSTRAINT ck_soc_posts_comment_count_range CHECK (comment_count >= 0),
  CONSTRAINT ck_soc_posts_share_count_range CHECK (share_count >= 0),
  CONSTRAINT ck_soc_posts_bookmark_count_range CHECK (bookmark_count >= 0),
  CONSTRAINT ck_soc_posts_view_count_range CHECK (view_count >= 0),
  CONSTRAINT ck_soc_posts_one_page CHECK (num_nonnulls(business_id, organization_id) <= 1),
  CONSTRAINT ck_soc_posts_content_length CHECK (content IS NULL OR length(content) <= 10000),
  CONSTRAINT ck_soc_posts_scheduled_has_time CHECK (status <> 'scheduled' OR scheduled_at IS NOT NULL),
  CONSTRAINT ck_soc_posts_published_has_time CHECK (status <> 'published' OR published_at IS NOT NULL),
  CONSTRAINT ck_soc_posts_state_code_format CHECK (state_code IS NULL OR state_code ~ '^[A-Z]{2}$')
);
CREATE TABLE sup_submissions (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  reference_number varchar(20) NOT NULL,
  submission_type sup_submission_type NOT NULL DEFAULT 'feedback',
  status sup_status NOT NULL DEFAULT 'new',
  priority sup_priority NOT NULL DEFAULT 'normal',
  profile_id uuid,
  contact_name varchar(120),
  contact_email citext,
  contact_phone varchar(20),
  category_id uuid,
  subject varchar(200),
  message text NOT NULL,
  rating smallint,
  sentiment sup_sentiment,
  sentiment_score numeric(4,3),
  channel sup_channel NOT NULL DEFAULT 'web',
  language varchar(10) NOT NULL DEFAULT 'en',
  page_url text,
  app_version varchar(30),
  device_info jsonb NOT NULL DEFAULT '{}'::jsonb,
  entity_type varchar(40),
  entity_id uuid,
  assigned_to_id uuid,
  workflow_id uuid,
  duplicate_of_id uuid,
  first_response_at timestamptz,
  resolved_at timestamptz,
  closed_at timestamptz,
  metadata jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_sup_submissions PRIMARY KEY (id),
  CONSTRAINT uq_sup_submissions_reference_number UNIQUE (reference_number),
  CONSTRAINT ck_sup_submissions_contact_email CHECK (position('@' in contact_email) > 1),
  CONSTRAINT ck_sup_submissions_contact_phone CHECK (contact_phone ~ '^[+][1-9][0-9]{6,14}$'),
  CONSTRAINT ck_sup_submissions_message_not_blank CHECK (length(btrim(message)) > 0),
  CONSTRAINT ck_sup_submissions_rating_range CHECK (rating >= 1 AND rating <= 5),
  CONSTRAINT ck_sup_submissions_sentiment_score_range CHECK (sentiment_score >= -1 AND sentiment_score <= 1),
  CONSTRAINT ck_sup_submissions_entity_complete CHECK ((entity_type IS NULL) = (entity_id IS NULL)),
  CONSTRAINT ck_sup_submissions_duplicate_has_original CHECK (status <> 'duplicate' OR duplicate_of_id IS NOT NULL),
  CONSTRAINT ck_sup_submissions_not_own_duplicate CHECK (duplicate_of_id IS NULL OR duplicate_of_id <> id),
  CONSTRAINT ck_sup_submissions_reachable CHECK (profile_id IS NOT NULL OR contact_email IS NOT NULL OR contact_phone IS NOT NULL)
);
CREATE TABLE usr_profile_skills (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  profile_id uuid NOT NULL,
  skill_id uuid NOT NULL,
  proficiency usr_skill_proficiency,
  years_experience smallint,
  endorsement_count integer NOT NULL DEFAULT 0,
  sort_order smallint NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_usr_profile_skills PRIMARY KEY (id),
  CONSTRAINT uq_usr_profile_skills_profile_id_skill_id UNIQUE (profile_id, skill_id),
  CONSTRAINT ck_usr_profile_skills_years_experience_range CHECK (years_experience >= 0 AND years_experience <= 70),
  CONSTRAINT ck_usr_profile_skills_endorsement_count_range CHECK (endorsement_count >= 0)
);
CREATE TABLE biz_contact_persons (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  business_id uuid NOT NULL,
  team_member_id uuid NOT NULL,
  contact_type biz_contact_type NOT NULL,
  designation varchar(120),
  department varchar(80),
  phone varchar(20),
  email citext,
  whatsapp_number varchar(20),
  available_hours varchar(120),
  languages text[] NOT NULL DEFAULT '{}'::text[],
  is_primary boolean NOT NULL DEFAULT false,
  sort_order integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_biz_contact_persons PRIMARY KEY (id),
  CONSTRAINT uq_biz_contact_persons_business_id_team_member_id_contact_type UNIQUE (business_id, team_member_id, contact_type),
  CONSTRAINT ck_biz_contact_persons_phone CHECK (phone ~ '^[+][1-9][0-9]{7,14}$'),
  CONSTRAINT ck_biz_contact_persons_whatsapp_number CHECK (whatsapp_number ~ '^[+][1-9][0-9]{7,14}$')
);
CREATE TABLE evt_exhibitors (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  event_id uuid NOT NULL,
  business_id uuid,
  organization_id uuid,
  primary_contact_id uuid,
  company_name varchar(200) NOT NULL,
  description text,
  logo_url text,
  website_url text,
  contact_name varchar(120),
  contact_email citext,
  contact_phone varchar(20),
  gstin char(15),
  product_categories text[] NOT NULL DEFAULT '{}'::text[],
  status evt_exhibitor_status NOT NULL DEFAULT 'applied',
  approved_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_evt_exhibitors PRIMARY KEY (id),
  CONSTRAINT uq_evt_exhibitors_event_id_business_id UNIQUE (event_id, business_id),
  CONSTRAINT ck_evt_exhibitors_company_name_not_blank CHECK (length(btrim(company_name)) > 0),
  CONSTRAINT ck_evt_exhibitors_gstin CHECK (gstin ~ '^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$')
);
CREATE TABLE evt_sessions (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  event_id uuid NOT NULL,
  title varchar(200) NOT NULL,
  description text,
  session_type evt_session_type NOT NULL DEFAULT 'talk',
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  track varchar(80),
  room varchar(120),
  language_code varchar(8),
  capacity integer,
  stream_url text,
  sort_order smallint NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_evt_sessions PRIMARY KEY (id),
  CONSTRAINT ck_evt_sessions_title_not_blank CHECK (length(btrim(title)) > 0),
  CONSTRAINT ck_evt_sessions_capacity_range CHECK (capacity >= 1),
  CONSTRAINT ck_evt_sessions_ends_after_start CHECK (ends_at > starts_at)
);
CREATE TABLE evt_speakers (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  event_id uuid NOT NULL,
  profile_id uuid,
  full_name varchar(120) NOT NULL,
  designation varchar(120),
  affiliation varchar(200),
  bio text,
  photo_url text,
  linkedin_url text,
  speaker_role evt_speaker_role NOT NULL DEFAULT 'speaker',
  is_featured boolean NOT NULL DEFAULT false,
  sort_order smallint NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_evt_speakers PRIMARY KEY (id),
  CONSTRAINT uq_evt_speakers_event_id_profile_id UNIQUE (event_id, profile_id),
  CONSTRAINT ck_evt_speakers_full_name_not_blank CHECK (length(btrim(full_name)) > 0)
);
CREATE TABLE evt_sponsor_tiers (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  event_id uuid NOT NULL,
  name varchar(80) NOT NULL,
  tier_level smallint NOT NULL,
  price numeric(12,2),
  benefits text[] NOT NULL DEFAULT '{}'::text[],
  max_sponsors smallint,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_evt_sponsor_tiers PRIMARY KEY (id),
  CONSTRAINT uq_evt_sponsor_tiers_event_id_name UNIQUE (event_id, name),
  CONSTRAINT uq_evt_sponsor_tiers_event_id_tier_level UNIQUE (event_id, tier_level),
  CONSTRAINT ck_evt_sponsor_tiers_name_not_blank CHECK (length(btrim(name)) > 0),
  CONSTRAINT ck_evt_sponsor_tiers_tier_level_range CHECK (tier_level >= 1),
  CONSTRAINT ck_evt_sponsor_tiers_price_range CHECK (price >= 0),
  CONSTRAINT ck_evt_sponsor_tiers_max_sponsors_range CHECK (max_sponsors >= 1)
);
CREATE TABLE evt_ticket_types (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  event_id uuid NOT NULL,
  name varchar(100) NOT NULL,
  description text,
  price numeric(12,2) NOT NULL DEFAULT 0,
  gst_rate_percent numeric(5,2) NOT NULL DEFAULT 18,
  currency char(3) NOT NULL DEFAULT 'INR',
  quantity_total integer,
  quantity_sold integer NOT NULL DEFAULT 0,
  min_per_order smallint NOT NULL DEFAULT 1,
  max_per_order smallint NOT NULL DEFAULT 10,
  sales_start_at timestamptz,
  sales_end_at timestamptz,
  is_members_only boolean NOT NULL DEFAULT false,
  is_active boolean NOT NULL DEFAULT true,
  sort_order smallint NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_evt_ticket_types PRIMARY KEY (id),
  CONSTRAINT uq_evt_ticket_types_event_id_name UNIQUE (event_id, name),
  CONSTRAINT ck_evt_ticket_types_name_not_blank CHECK (length(btrim(name)) > 0),
  CONSTRAINT ck_evt_ticket_types_price_range CHECK (price >= 0),
  CONSTRAINT ck_evt_ticket_types_gst_rate_percent_range CHECK (gst_rate_percent >= 0 AND gst_rate_percent <= 28),
  CONSTRAINT ck_evt_ticket_types_quantity_total_range CHECK (quantity_total >= 0),
  CONSTRAINT ck_evt_ticket_types_quantity_sold_range CHECK (quantity_sold >= 0),
  CONSTRAINT ck_evt_ticket_types_min_per_order_range CHECK (min_per_order >= 1),
  CONSTRAINT ck_evt_ticket_types_max_per_order_range CHECK (max_per_order >= 1),
  CONSTRAINT ck_evt_ticket_types_not_oversold CHECK (quantity_total IS NULL OR quantity_sold <= quantity_total),
  CONSTRAINT ck_evt_ticket_types_order_limits_ordered CHECK (max_per_order >= min_per_order),
  CONSTRAINT ck_evt_ticket_types_sales_window_ordered CHECK (sales_end_at IS NULL OR sales_start_at IS NULL OR sales_end_at > sales_start_at)
);
CREATE TABLE mkt_content_ideas (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  title varchar(200) NOT NULL,
  description text,
  pillar_id uuid,
  topic_id uuid,
  segment_id uuid,
  content_type_id uuid,
  source mkt_idea_source NOT NULL DEFAULT 'team',
  source_reference text,
  status mkt_idea_status NOT NULL DEFAULT 'new',
  impact_score smallint,
  effort_score smallint,
  target_month_on date,
  submitted_by_id uuid,
  decided_by_id uuid,
  decided_at timestamptz,
  decision_note text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_mkt_content_ideas PRIMARY KEY (id),
  CONSTRAINT ck_mkt_content_ideas_title_not_blank CHECK (length(btrim(title)) > 0),
  CONSTRAINT ck_mkt_content_ideas_impact_score_range CHECK (impact_score >= 1 AND impact_score <= 5),
  CONSTRAINT ck_mkt_content_ideas_effort_score_range CHECK (effort_score >= 1 AND effort_score <= 5),
  CONSTRAINT ck_mkt_content_ideas_target_month_first_day CHECK (target_month_on IS NULL OR extract(day FROM target_month_on) = 1)
);
CREATE TABLE mkt_topic_segments (
  topic_id uuid NOT NULL,
  segment_id uuid NOT NULL,
  relevance smallint NOT NULL DEFAULT 3,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_mkt_topic_segments PRIMARY KEY (topic_id, segment_id),
  CONSTRAINT ck_mkt_topic_segments_relevance_range CHECK (relevance >= 1 AND relevance <= 5)
);
CREATE TABLE msg_messages (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  conversation_id uuid NOT NULL,
  sender_id uuid,
  message_type msg_message_type NOT NULL DEFAULT 'text',
  body text,
  reply_to_message_id uuid,
  client_message_id uuid,
  attachment_urls text[] NOT NULL DEFAULT '{}'::text[],
  edited_at timestamptz,
  metadata jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  CONSTRAINT pk_msg_messages PRIMARY KEY (id),
  CONSTRAINT uq_msg_messages_sender_id_client_message_id UNIQUE (sender_id, client_message_id),
  CONSTRAINT uq_msg_messages_id_conversation_id UNIQUE (id, conversation_id),
  CONSTRAINT ck_msg_messages_body CHECK (length(body) <= 10000),
  CONSTRAINT ck_msg_messages_body_not_blank CHECK (length(btrim(body)) > 0),
  CONSTRAINT ck_msg_messages_text_has_body CHECK (message_type <> 'text' OR body IS NOT NULL OR deleted_at IS NOT NULL)
);
CREATE TABLE nec_annotations (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  author_id uuid NOT NULL,
  price_id uuid,
  zone_id uuid,
  annotation_date date,
  annotation_type nec_annotation_type NOT NULL DEFAULT 'general',
  title varchar(200) NOT NULL,
  content text NOT NULL,
  tags text[] NOT NULL DEFAULT '{}'::text[],
  is_approved boolean NOT NULL DEFAULT true,
  approved_by_id uuid,
  approved_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  CONSTRAINT pk_nec_annotations PRIMARY KEY (id),
  CONSTRAINT ck_nec_annotations_title_not_blank CHECK (length(btrim(title)) > 0),
  CONSTRAINT ck_nec_annotations_content CHECK (char_length(content) <= 5000),
  CONSTRAINT ck_nec_annotations_content_not_blank CHECK (length(btrim(content)) > 0),
  CONSTRAINT ck_nec_annotations_approval_consistent CHECK (approved_at IS NULL OR is_approved)
);
CREATE TABLE org_committee_members (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  committee_id uuid NOT NULL,
  profile_id uuid NOT NULL,
  role org_committee_role NOT NULL DEFAULT 'member',
  started_on date NOT NULL DEFAULT CURRENT_DATE,
  ended_on date,
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_org_committee_members PRIMARY KEY (id),
  CONSTRAINT uq_org_committee_members_committee_id_profile_id UNIQUE (committee_id, profile_id),
  CONSTRAINT ck_org_committee_members_dates_ordered CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE TABLE org_member_invitations (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  organization_id uuid NOT NULL,
  invited_by_id uuid,
  invitee_profile_id uuid,
  invitee_email citext,
  invitee_phone varchar(20),
  tier_id uuid,
  role_id uuid,
  token_hash char(64) NOT NULL,
  message text,
  status org_invitation_status NOT NULL DEFAULT 'pending',
  expires_at timestamptz NOT NULL,
  responded_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_org_member_invitations PRIMARY KEY (id),
  CONSTRAINT uq_org_member_invitations_token_hash UNIQUE (token_hash),
  CONSTRAINT ck_org_member_invitations_has_invitee CHECK (num_nonnulls(invitee_profile_id, invitee_email, invitee_phone) > 0)
);
CREATE TABLE org_members (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  organization_id uuid NOT NULL,
  profile_id uuid NOT NULL,
  tier_id uuid,
  role_id uuid,
  membership_number varchar(40),
  status org_member_status NOT NULL DEFAULT 'active',
  joined_on date NOT NULL DEFAULT CURRENT_DATE,
  expires_on date,
  representing_business_name varchar(200),
  is_directory_visible boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_org_members PRIMARY KEY (id),
  CONSTRAINT uq_org_members_organization_id_profile_id UNIQUE (organization_id, profile_id),
  CONSTRAINT uq_org_members_organization_id_membership_number UNIQUE (organization_id, membership_number),
  CONSTRAINT ck_org_members_expiry_after_join CHECK (expires_on IS NULL OR expires_on >= joined_on)
);
CREATE TABLE org_membership_applications (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  organization_id uuid NOT NULL,
  applicant_id uuid NOT NULL,
  tier_id uuid,
  status org_application_status NOT NULL DEFAULT 'submitted',
  statement text,
  answers jsonb NOT NULL DEFAULT '[]'::jsonb,
  documents jsonb NOT NULL DEFAULT '[]'::jsonb,
  submitted_at timestamptz NOT NULL DEFAULT now(),
  reviewed_by_id uuid,
  reviewed_at timestamptz,
  decision_note text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_org_membership_applications PRIMARY KEY (id),
  CONSTRAINT ck_org_membership_applications_reviewed_when_decided CHECK (status NOT IN ('approved', 'rejected') OR reviewed_at IS NOT NULL)
);
CREATE TABLE org_membership_history (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  organization_id uuid NOT NULL,
  profile_id uuid NOT NULL,
  event org_membership_event NOT NULL,
  from_tier_id uuid,
  to_tier_id uuid,
  from_status org_member_status,
  to_status org_member_status,
  actor_id uuid,
  note text,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_org_membership_history PRIMARY KEY (id)
);
CREATE TABLE prd_images (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  product_id uuid NOT NULL,
  image_url text NOT NULL,
  alt_text varchar(200),
  is_primary boolean NOT NULL DEFAULT false,
  sort_order integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_prd_images PRIMARY KEY (id),
  CONSTRAINT ck_prd_images_image_url_not_blank CHECK (length(btrim(image_url)) > 0)
);
CREATE TABLE prd_reviews (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  product_id uuid NOT NULL,
  reviewer_id uuid NOT NULL,
  rating smallint NOT NULL,
  title varchar(150),
  body varchar(2000),
  is_verified_purchase boolean NOT NULL DEFAULT false,
  status prd_review_status NOT NULL DEFAULT 'pending',
  moderation_notes text,
  seller_response varchar(2000),
  seller_responded_at timestamptz,
  helpful_count integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_prd_reviews PRIMARY KEY (id),
  CONSTRAINT uq_prd_reviews_product_id_reviewer_id UNIQUE (product_id, reviewer_id),
  CONSTRAINT ck_prd_reviews_rating_range CHECK (rating >= 1 AND rating <= 5),
  CONSTRAINT ck_prd_reviews_helpful_count_range CHECK (helpful_count >= 0),
  CONSTRAINT ck_prd_reviews_response_consistent CHECK ((seller_response IS NULL) = (seller_responded_at IS NULL))
);
CREATE TABLE que_sms (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  recipient_phone varchar(20) NOT NULL,
  profile_id uuid,
  category que_sms_category NOT NULL DEFAULT 'transactional',
  sender_id varchar(6) NOT NULL,
  dlt_template_id varchar(30) NOT NULL,
  body varchar(2000) NOT NULL,
  provider que_sms_provider NOT NULL DEFAULT 'msg91',
  credential_id uuid,
  priority smallint NOT NULL DEFAULT 5,
  status que_status NOT NULL DEFAULT 'queued',
  attempts smallint NOT NULL DEFAULT 0,
  max_attempts smallint NOT NULL DEFAULT 3,
  scheduled_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz,
  locked_at timestamptz,
  locked_by varchar(80),
  sent_at timestamptz,
  delivered_at timestamptz,
  failed_at timestamptz,
  provider_message_id varchar(100),
  error_code varchar(40),
  error_message text,
  segments smallint,
  cost numeric(10,4),
  source_type varchar(40),
  source_id uuid,
  idempotency_key varchar(100),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_que_sms PRIMARY KEY (id),
  CONSTRAINT uq_que_sms_idempotency_key UNIQUE (idempotency_key),
  CONSTRAINT ck_que_sms_recipient_phone CHECK (recipient_phone ~ '^[+][1-9][0-9]{7,14}$'),
  CONSTRAINT ck_que_sms_sender_id CHECK (sender_id ~ '^[A-Za-z0-9]{6}$'),
  CONSTRAINT ck_que_sms_dlt_template_id_not_blank CHECK (length(btrim(dlt_template_id)) > 0),
  CONSTRAINT ck_que_sms_body_not_blank CHECK (length(btrim(body)) > 0),
  CONSTRAINT ck_que_sms_priority_range CHECK (priority >= 1 AND priority <= 10),
  CONSTRAINT ck_que_sms_attempts_range CHECK (attempts >= 0),
  CONSTRAINT ck_que_sms_max_attempts_range CHECK (max_attempts >= 1 AND max_attempts <= 20),
  CONSTRAINT ck_que_sms_segments_range CHECK (segments >= 1),
  CONSTRAINT ck_que_sms_cost_range CHECK (cost >= 0),
  CONSTRAINT ck_que_sms_source_pair CHECK ((source_type IS NULL) = (source_id IS NULL)),
  CONSTRAINT ck_que_sms_attempts_within_max CHECK (attempts <= max_attempts)
);
CREATE TABLE que_whatsapp (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  recipient_phone varchar(20) NOT NULL,
  profile_id uuid,
  credential_id uuid,
  message_type que_whatsapp_message_type NOT NULL DEFAULT 'template',
  category que_whatsapp_category NOT NULL DEFAULT 'utility',
  template_name varchar(512),
  template_language varchar(10),
  template_params jsonb NOT NULL DEFAULT '{}'::jsonb,
  body varchar(4096),
  media_url text,
  media_caption varchar(1024),
  priority smallint NOT NULL DEFAULT 5,
  status que_status NOT NULL DEFAULT 'queued',
  attempts smallint NOT NULL DEFAULT 0,
  max_attempts smallint NOT NULL DEFAULT 3,
  scheduled_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz,
  locked_at timestamptz,
  locked_by varchar(80),
  sent_at timestamptz,
  delivered_at timestamptz,
  read_at timestamptz,
  failed_at timestamptz,
  provider_message_id varchar(128),
  error_code varchar(40),
  error_message text,
  cost numeric(10,4),
  source_type varchar(40),
  source_id uuid,
  idempotency_key varchar(100),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_que_whatsapp PRIMARY KEY (id),
  CONSTRAINT uq_que_whatsapp_provider_message_id UNIQUE (provider_message_id),
  CONSTRAINT uq_que_whatsapp_idempotency_key UNIQUE (idempotency_key),
  CONSTRAINT ck_que_whatsapp_recipient_phone CHECK (recipient_phone ~ '^[+][1-9][0-9]{7,14}$'),
  CONSTRAINT ck_que_whatsapp_priority_range CHECK (priority >= 1 AND priority <= 10),
  CONSTRAINT ck_que_whatsapp_attempts_range CHECK (attempts >= 0),
  CONSTRAINT ck_que_whatsapp_max_attempts_range CHECK (max_attempts >= 1 AND max_attempts <= 20),
  CONSTRAINT ck_que_whatsapp_cost_range CHECK (cost >= 0),
  CONSTRAINT ck_que_whatsapp_template_fields CHECK (message_type <> 'template' OR (template_name IS NOT NULL AND template_language IS NOT NULL)),
  CONSTRAINT ck_que_whatsapp_text_has_body CHECK (message_type <> 'text' OR body IS NOT NULL),
  CONSTRAINT ck_que_whatsapp_media_has_url CHECK (message_type NOT IN ('image', 'document', 'video') OR media_url IS NOT NULL),
  CONSTRAINT ck_que_whatsapp_source_pair CHECK ((source_type IS NULL) = (source_id IS NULL)),
  CONSTRAINT ck_que_whatsapp_attempts_within_max CHECK (attempts <= max_attempts)
);
CREATE TABLE soc_post_bookmarks (
  profile_id uuid NOT NULL,
  post_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_soc_post_bookmarks PRIMARY KEY (profile_id, post_id)
);
CREATE TABLE soc_post_comments (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  post_id uuid NOT NULL,
  author_id uuid NOT NULL,
  parent_comment_id uuid,
  content text NOT NULL,
  moderation_status soc_moderation_status NOT NULL DEFAULT 'visible',
  like_count integer NOT NULL DEFAULT 0,
  reply_count integer NOT NULL DEFAULT 0,
  edited_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  CONSTRAINT pk_soc_post_comments PRIMARY KEY (id),
  CONSTRAINT uq_soc_post_comments_id_post_id UNIQUE (id, post_id),
  CONSTRAINT ck_soc_post_comments_content CHECK (length(content) <= 3000),
  CONSTRAINT ck_soc_post_comments_content_not_blank CHECK (length(btrim(content)) > 0),
  CONSTRAINT ck_soc_post_comments_like_count_range CHECK (like_count >= 0),
  CONSTRAINT ck_soc_post_comments_reply_count_range CHECK (reply_count >= 0),
  CONSTRAINT ck_soc_post_comments_not_own_parent CHECK (parent_comment_id IS NULL OR parent_comment_id <> id)
);
CREATE TABLE soc_post_likes (
  post_id uuid NOT NULL,
  profile_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_soc_post_likes PRIMARY KEY (post_id, profile_id)
);
CREATE TABLE soc_post_reports (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  post_id uuid NOT NULL,
  reporter_id uuid NOT NULL,
  reason soc_report_reason NOT NULL,
  details text,
  status soc_report_status NOT NULL DEFAULT 'open',
  reviewer_id uuid,
  reviewed_at timestamptz,
  resolution_note text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_soc_post_reports PRIMARY KEY (id),
  CONSTRAINT uq_soc_post_reports_post_id_reporter_id UNIQUE (post_id, reporter_id),
  CONSTRAINT ck_soc_post_reports_details CHECK (length(details) <= 2000),
  CONSTRAINT ck_soc_post_reports_reviewed_when_closed CHECK (status IN ('open', 'under_review') OR reviewed_at IS NOT NULL)
);
CREATE TABLE soc_post_shares (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  post_id uuid NOT NULL,
  profile_id uuid NOT NULL,
  commentary text,
  visibility soc_post_visibility NOT NULL DEFAULT 'public',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_soc_post_shares PRIMARY KEY (id),
  CONSTRAINT uq_soc_post_shares_post_id_profile_id UNIQUE (post_id, profile_id),
  CONSTRAINT ck_soc_post_shares_commentary CHECK (length(commentary) <= 3000),
  CONSTRAINT ck_soc_post_shares_commentary_not_blank CHECK (length(btrim(commentary)) > 0)
);
CREATE TABLE soc_post_tags (
  post_id uuid NOT NULL,
  tag varchar(64) NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_soc_post_tags PRIMARY KEY (post_id, tag),
  CONSTRAINT ck_soc_post_tags_tag_not_blank CHECK (length(btrim(tag)) > 0),
  CONSTRAINT ck_soc_post_tags_tag_normalised CHECK (tag = lower(tag) AND tag !~ '[#[:space:]]')
);
CREATE TABLE soc_post_views (
  id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
  post_id uuid NOT NULL,
  viewer_id uuid,
  source soc_view_source NOT NULL DEFAULT 'feed',
  dwell_ms integer,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_soc_post_views PRIMARY KEY (id),
  CONSTRAINT ck_soc_post_views_dwell_ms_range CHECK (dwell_ms >= 0)
);
CREATE TABLE sup_comments (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  submission_id uuid NOT NULL,
  author_id uuid,
  body text NOT NULL,
  is_internal boolean NOT NULL DEFAULT false,
  is_from_staff boolean NOT NULL DEFAULT false,
  response_template_id uuid,
  edited_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  CONSTRAINT pk_sup_comments PRIMARY KEY (id),
  CONSTRAINT ck_sup_comments_body_not_blank CHECK (length(btrim(body)) > 0)
);
CREATE TABLE sup_submission_tags (
  submission_id uuid NOT NULL,
  tag_id uuid NOT NULL,
  tagged_by_id uuid,
  is_automatic boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_sup_submission_tags PRIMARY KEY (submission_id, tag_id)
);
CREATE TABLE usr_skill_endorsements (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  profile_skill_id uuid NOT NULL,
  endorser_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_usr_skill_endorsements PRIMARY KEY (id),
  CONSTRAINT uq_usr_skill_endorsements_profile_skill_id_endorser_id UNIQUE (profile_skill_id, endorser_id)
);
CREATE TABLE evt_expo_stalls (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  event_id uuid NOT NULL,
  exhibitor_id uuid,
  hall varchar(60),
  stall_number varchar(20) NOT NULL,
  stall_type evt_stall_type NOT NULL DEFAULT 'shell_scheme',
  width_m numeric(5,2),
  depth_m numeric(5,2),
  price numeric(12,2),
  status evt_stall_status NOT NULL DEFAULT 'available',
  booked_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_evt_expo_stalls PRIMARY KEY (id),
  CONSTRAINT uq_evt_expo_stalls_event_id_hall_stall_number UNIQUE NULLS NOT DISTINCT (event_id, hall, stall_number),
  CONSTRAINT ck_evt_expo_stalls_stall_number_not_blank CHECK (length(btrim(stall_number)) > 0),
  CONSTRAINT ck_evt_expo_stalls_width_m_range CHECK (width_m >= 0),
  CONSTRAINT ck_evt_expo_stalls_depth_m_range CHECK (depth_m >= 0),
  CONSTRAINT ck_evt_expo_stalls_price_range CHECK (price >= 0),
  CONSTRAINT ck_evt_expo_stalls_booked_has_exhibitor CHECK (status NOT IN ('reserved', 'booked') OR exhibitor_id IS NOT NULL)
);
CREATE TABLE evt_feedback_responses (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  event_id uuid NOT NULL,
  session_id uuid,
  profile_id uuid,
  overall_rating smallint NOT NULL,
  content_rating smallint,
  organisation_rating smallint,
  venue_rating smallint,
  nps_score smallint,
  comments text,
  answers jsonb NOT NULL DEFAULT '[]'::jsonb,
  is_anonymous boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_evt_feedback_responses PRIMARY KEY (id),
  CONSTRAINT ck_evt_feedback_responses_overall_rating_range CHECK (overall_rating >= 1 AND overall_rating <= 5),
  CONSTRAINT ck_evt_feedback_responses_content_rating_range CHECK (content_rating >= 1 AND content_rating <= 5),
  CONSTRAINT ck_evt_feedback_responses_organisation_rating_range CHECK (organisation_rating >= 1 AND organisation_rating <= 5),
  CONSTRAINT ck_evt_feedback_responses_venue_rating_range CHECK (venue_rating >= 1 AND venue_rating <= 5),
  CONSTRAINT ck_evt_feedback_responses_nps_score_range CHECK (nps_score >= 0 AND nps_score <= 10)
);
CREATE TABLE evt_registrations (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  event_id uuid NOT NULL,
  profile_id uuid,
  ticket_type_id uuid,
  confirmation_code varchar(16) NOT NULL,
  qr_token_hash char(64),
  attendee_name varchar(120) NOT NULL,
  attendee_email citext,
  attendee_phone varchar(20),
  attendee_company varchar(200),
  attendee_designation varchar(120),
  status evt_registration_status NOT NULL DEFAULT 'confirmed',
  payment_status evt_payment_status NOT NULL DEFAULT 'not_required',
  amount_paid numeric(12,2) NOT NULL DEFAULT 0,
  payment_reference varchar(100),
  answers jsonb NOT NULL DEFAULT '[]'::jsonb,
  cancelled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_evt_registrations PRIMARY KEY (id),
  CONSTRAINT uq_evt_registrations_confirmation_code UNIQUE (confirmation_code),
  CONSTRAINT uq_evt_registrations_qr_token_hash UNIQUE (qr_token_hash),
  CONSTRAINT uq_evt_registrations_event_id_profile_id UNIQUE (event_id, profile_id),
  CONSTRAINT ck_evt_registrations_attendee_name_not_blank CHECK (length(btrim(attendee_name)) > 0),
  CONSTRAINT ck_evt_registrations_amount_paid_range CHECK (amount_paid >= 0),
  CONSTRAINT ck_evt_registrations_guest_has_contact CHECK (profile_id IS NOT NULL OR attendee_email IS NOT NULL OR attendee_phone IS NOT NULL),
  CONSTRAINT ck_evt_registrations_cancelled_has_instant CHECK (status <> 'cancelled' OR cancelled_at IS NOT NULL)
);
CREATE TABLE evt_resources (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  event_id uuid NOT NULL,
  session_id uuid,
  uploaded_by_id uuid,
  title varchar(200) NOT NULL,
  resource_type evt_resource_type NOT NULL DEFAULT 'document',
  url text NOT NULL,
  mime_type varchar(120),
  file_size_bytes bigint,
  visibility evt_resource_visibility NOT NULL DEFAULT 'registrants',
  sort_order smallint NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_evt_resources PRIMARY KEY (id),
  CONSTRAINT ck_evt_resources_title_not_blank CHECK (length(btrim(title)) > 0),
  CONSTRAINT ck_evt_resources_url_not_blank CHECK (length(btrim(url)) > 0),
  CONSTRAINT ck_evt_resources_file_size_bytes_range CHECK (file_size_bytes >= 0)
);
CREATE TABLE evt_sponsors (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  event_id uuid NOT NULL,
  tier_id uuid,
  business_id uuid,
  organization_id uuid,
  sponsor_name varchar(200) NOT NULL,
  logo_url text,
  website_url text,
  description text,
  amount numeric(12,2),
  is_in_kind boolean NOT NULL DEFAULT false,
  sort_order smallint NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_evt_sponsors PRIMARY KEY (id),
  CONSTRAINT ck_evt_sponsors_sponsor_name_not_blank CHECK (length(btrim(sponsor_name)) > 0),
  CONSTRAINT ck_evt_sponsors_amount_range CHECK (amount >= 0)
);
CREATE TABLE mkt_content (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  title varchar(200) NOT NULL,
  content_type_id uuid NOT NULL,
  pillar_id uuid,
  topic_id uuid,
  idea_id uuid,
  segment_id uuid,
  status mkt_content_status NOT NULL DEFAULT 'planned',
  brief text,
  body text,
  call_to_action varchar(200),
  language varchar(10) NOT NULL DEFAULT 'en',
  media_urls text[] NOT NULL DEFAULT '{}'::text[],
  author_id uuid,
  reviewer_id uuid,
  due_on date,
  approved_at timestamptz,
  published_at timestamptz,
  cms_post_id uuid,
  metadata jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  CONSTRAINT pk_mkt_content PRIMARY KEY (id),
  CONSTRAINT ck_mkt_content_title_not_blank CHECK (length(btrim(title)) > 0),
  CONSTRAINT ck_mkt_content_published_has_date CHECK (status <> 'published' OR published_at IS NOT NULL)
);
CREATE TABLE msg_participants (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  conversation_id uuid NOT NULL,
  profile_id uuid NOT NULL,
  role msg_participant_role NOT NULL DEFAULT 'member',
  joined_at timestamptz NOT NULL DEFAULT now(),
  left_at timestamptz,
  last_read_message_id uuid,
  last_read_at timestamptz,
  unread_count integer NOT NULL DEFAULT 0,
  is_archived boolean NOT NULL DEFAULT false,
  cleared_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_msg_participants PRIMARY KEY (id),
  CONSTRAINT uq_msg_participants_conversation_id_profile_id UNIQUE (conversation_id, profile_id),
  CONSTRAINT ck_msg_participants_unread_count_range CHECK (unread_count >= 0),
  CONSTRAINT ck_msg_participants_left_after_join CHECK (left_at IS NULL OR left_at >= joined_at)
);
CREATE TABLE msg_reactions (
  message_id uuid NOT NULL,
  profile_id uuid NOT NULL,
  emoji varchar(32) NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_msg_reactions PRIMARY KEY (message_id, profile_id, emoji),
  CONSTRAINT ck_msg_reactions_emoji_not_blank CHECK (length(btrim(emoji)) > 0)
);
CREATE TABLE msg_read_receipts (
  message_id uuid NOT NULL,
  profile_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_msg_read_receipts PRIMARY KEY (message_id, profile_id)
);
CREATE TABLE nec_annotation_metadata (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  annotation_id uuid NOT NULL,
  helpful_count integer NOT NULL DEFAULT 0,
  view_count integer NOT NULL DEFAULT 0,
  is_expert_verified boolean NOT NULL DEFAULT false,
  verified_by_id uuid,
  verified_at timestamptz,
  impact_level nec_impact_level,
  related_events text[] NOT NULL DEFAULT '{}'::text[],
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_nec_annotation_metadata PRIMARY KEY (id),
  CONSTRAINT uq_nec_annotation_metadata_annotation_id UNIQUE (annotation_id),
  CONSTRAINT ck_nec_annotation_metadata_helpful_count_range CHECK (helpful_count >= 0),
  CONSTRAINT ck_nec_annotation_metadata_view_count_range CHECK (view_count >= 0)
);
CREATE TABLE que_offline_messages (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  message_id uuid NOT NULL,
  recipient_id uuid NOT NULL,
  status que_offline_status NOT NULL DEFAULT 'pending',
  attempts smallint NOT NULL DEFAULT 0,
  push_sent_at timestamptz,
  delivered_at timestamptz,
  expires_at timestamptz NOT NULL DEFAULT now() + interval '30 days',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_que_offline_messages PRIMARY KEY (id),
  CONSTRAINT uq_que_offline_messages_recipient_id_message_id UNIQUE (recipient_id, message_id),
  CONSTRAINT ck_que_offline_messages_attempts_range CHECK (attempts >= 0)
);
CREATE TABLE soc_comment_likes (
  comment_id uuid NOT NULL,
  profile_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_soc_comment_likes PRIMARY KEY (comment_id, profile_id)
);
CREATE TABLE sup_attachments (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  submission_id uuid NOT NULL,
  comment_id uuid,
  uploaded_by_id uuid,
  file_name varchar(255) NOT NULL,
  mime_type varchar(100) NOT NULL,
  size_bytes bigint NOT NULL,
  storage_key text NOT NULL,
  checksum_sha256 char(64),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_sup_attachments PRIMARY KEY (id),
  CONSTRAINT ck_sup_attachments_file_name_not_blank CHECK (length(btrim(file_name)) > 0),
  CONSTRAINT ck_sup_attachments_size_bytes_range CHECK (size_bytes >= 0 AND size_bytes <= 26214400),
  CONSTRAINT ck_sup_attachments_storage_key_not_blank CHECK (length(btrim(storage_key)) > 0)
);
CREATE TABLE evt_checkins (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  registration_id uuid NOT NULL,
  session_id uuid,
  checked_in_by_id uuid,
  direction evt_checkin_direction NOT NULL DEFAULT 'check_in',
  method evt_checkin_method NOT NULL DEFAULT 'qr_scan',
  device_label varchar(80),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_evt_checkins PRIMARY KEY (id)
);
CREATE TABLE mkt_campaign_content (
  campaign_id uuid NOT NULL,
  content_id uuid NOT NULL,
  sort_order integer NOT NULL DEFAULT 0,
  is_hero boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_mkt_campaign_content PRIMARY KEY (campaign_id, content_id)
);
CREATE TABLE mkt_content_schedule (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  content_id uuid NOT NULL,
  channel_id uuid NOT NULL,
  scheduled_at timestamptz NOT NULL,
  status mkt_schedule_status NOT NULL DEFAULT 'planned',
  caption text,
  published_at timestamptz,
  external_post_id varchar(200),
  external_url text,
  attempt_count smallint NOT NULL DEFAULT 0,
  last_error text,
  scheduled_by_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_mkt_content_schedule PRIMARY KEY (id),
  CONSTRAINT uq_mkt_content_schedule_content_id_channel_id_scheduled_at UNIQUE (content_id, channel_id, scheduled_at),
  CONSTRAINT ck_mkt_content_schedule_attempt_count_range CHECK (attempt_count >= 0),
  CONSTRAINT ck_mkt_content_schedule_published_has_date CHECK (status <> 'published' OR published_at IS NOT NULL)
);
CREATE TABLE mkt_content_tags (
  content_id uuid NOT NULL,
  tag_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_mkt_content_tags PRIMARY KEY (content_id, tag_id)
);
CREATE TABLE eml_campaign_recipients (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  campaign_id uuid NOT NULL,
  profile_id uuid,
  email citext NOT NULL,
  full_name varchar(120),
  status eml_recipient_status NOT NULL DEFAULT 'pending',
  current_step_id uuid,
  next_send_at timestamptz,
  last_sent_at timestamptz,
  enrolled_at timestamptz NOT NULL DEFAULT now(),
  completed_at timestamptz,
  exit_reason varchar(120),
  merge_data jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_eml_campaign_recipients PRIMARY KEY (id),
  CONSTRAINT uq_eml_campaign_recipients_campaign_id_email UNIQUE (campaign_id, email),
  CONSTRAINT ck_eml_campaign_recipients_email CHECK (position('@' in email) > 1)
);
CREATE TABLE eml_campaign_steps (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  campaign_id uuid NOT NULL,
  step_number smallint NOT NULL,
  name varchar(120),
  template_id uuid NOT NULL,
  subject_override varchar(255),
  delay_minutes integer NOT NULL DEFAULT 0,
  send_window_start time,
  send_window_end time,
  send_conditions jsonb NOT NULL DEFAULT '{}'::jsonb,
  is_active boolean NOT NULL DEFAULT true,
  sent_count integer NOT NULL DEFAULT 0,
  opened_count integer NOT NULL DEFAULT 0,
  clicked_count integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_eml_campaign_steps PRIMARY KEY (id),
  CONSTRAINT uq_eml_campaign_steps_campaign_id_step_number UNIQUE (campaign_id, step_number),
  CONSTRAINT ck_eml_campaign_steps_step_number_range CHECK (step_number >= 1),
  CONSTRAINT ck_eml_campaign_steps_delay_minutes_range CHECK (delay_minutes >= 0),
  CONSTRAINT ck_eml_campaign_steps_sent_count_range CHECK (sent_count >= 0),
  CONSTRAINT ck_eml_campaign_steps_opened_count_range CHECK (opened_count >= 0),
  CONSTRAINT ck_eml_campaign_steps_clicked_count_range CHECK (clicked_count >= 0),
  CONSTRAINT ck_eml_campaign_steps_window_complete CHECK ((send_window_start IS NULL) = (send_window_end IS NULL))
);
CREATE TABLE eml_campaigns (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name varchar(150) NOT NULL,
  description text,
  kind eml_campaign_kind NOT NULL,
  status eml_campaign_status NOT NULL DEFAULT 'draft',
  category eml_message_category NOT NULL DEFAULT 'marketing',
  sender_id uuid NOT NULL,
  template_id uuid,
  audience jsonb NOT NULL DEFAULT '{}'::jsonb,
  trigger_event varchar(80),
  scheduled_at timestamptz,
  started_at timestamptz,
  completed_at timestamptz,
  utm_campaign varchar(100),
  recipient_count integer NOT NULL DEFAULT 0,
  sent_count integer NOT NULL DEFAULT 0,
  delivered_count integer NOT NULL DEFAULT 0,
  opened_count integer NOT NULL DEFAULT 0,
  clicked_count integer NOT NULL DEFAULT 0,
  bounced_count integer NOT NULL DEFAULT 0,
  complained_count integer NOT NULL DEFAULT 0,
  unsubscribed_count integer NOT NULL DEFAULT 0,
  created_by_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_eml_campaigns PRIMARY KEY (id),
  CONSTRAINT ck_eml_campaigns_name_not_blank CHECK (length(btrim(name)) > 0),
  CONSTRAINT ck_eml_campaigns_utm_campaign CHECK (utm_campaign ~ '^[a-z0-9_-]+$'),
  CONSTRAINT ck_eml_campaigns_recipient_count_range CHECK (recipient_count >= 0),
  CONSTRAINT ck_eml_campaigns_sent_count_range CHECK (sent_count >= 0),
  CONSTRAINT ck_eml_campaigns_delivered_count_range CHECK (delivered_count >= 0),
  CONSTRAINT ck_eml_campaigns_opened_count_range CHECK (opened_count >= 0),
  CONSTRAINT ck_eml_campaigns_clicked_count_range CHECK (clicked_count >= 0),
  CONSTRAINT ck_eml_campaigns_bounced_count_range CHECK (bounced_count >= 0),
  CONSTRAINT ck_eml_campaigns_complained_count_range CHECK (complained_count >= 0),
  CONSTRAINT ck_eml_campaigns_unsubscribed_count_range CHECK (unsubscribed_count >= 0),
  CONSTRAINT ck_eml_campaigns_broadcast_has_template CHECK (status = 'draft' OR kind IN ('drip', 'triggered') OR template_id IS NOT NULL),
  CONSTRAINT ck_eml_campaigns_triggered_has_event CHECK (kind <> 'triggered' OR trigger_event IS NOT NULL),
  CONSTRAINT ck_eml_campaigns_scheduled_has_date CHECK (status <> 'scheduled' OR scheduled_at IS NOT NULL)
);
CREATE TABLE eml_events (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  queue_id uuid,
  ses_event_id uuid,
  campaign_id uuid,
  profile_id uuid,
  event_type eml_event_type NOT NULL,
  email citext NOT NULL,
  ses_message_id varchar(100),
  occurred_at timestamptz NOT NULL,
  bounce_type eml_bounce_type,
  bounce_subtype varchar(60),
  complaint_feedback_type varchar(60),
  link_url text,
  ip_address inet,
  user_agent text,
  details jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_eml_events PRIMARY KEY (id),
  CONSTRAINT ck_eml_events_bounce_has_type CHECK (event_type <> 'bounce' OR bounce_type IS NOT NULL),
  CONSTRAINT ck_eml_events_click_has_link CHECK (event_type <> 'click' OR link_url IS NOT NULL)
);
CREATE TABLE eml_suppressions (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  email citext NOT NULL,
  scope eml_suppression_scope NOT NULL,
  reason eml_suppression_reason NOT NULL,
  profile_id uuid,
  source_event_id uuid,
  expires_at timestamptz,
  note text,
  created_by_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_eml_suppressions PRIMARY KEY (id),
  CONSTRAINT uq_eml_suppressions_email_scope UNIQUE (email, scope),
  CONSTRAINT ck_eml_suppressions_email CHECK (position('@' in email) > 1)
);
CREATE TABLE eml_queue (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  idempotency_key varchar(200),
  category eml_message_category NOT NULL,
  priority smallint NOT NULL DEFAULT 5,
  sender_id uuid,
  to_email citext NOT NULL,
  to_name varchar(120),
  reply_to_email citext,
  profile_id uuid,
  template_id uuid,
  template_version_id uuid,
  campaign_id uuid,
  campaign_recipient_id uuid,
  campaign_step_id uuid,
  subject varchar(255),
  html_body text,
  text_body text,
  template_data jsonb NOT NULL DEFAULT '{}'::jsonb,
  headers jsonb NOT NULL DEFAULT '{}'::jsonb,
  status eml_queue_status NOT NULL DEFAULT 'queued',
  scheduled_at timestamptz NOT NULL DEFAULT now(),
  attempt_count smallint NOT NULL DEFAULT 0,
  max_attempts smallint NOT NULL DEFAULT 5,
  last_attempt_at timestamptz,
  locked_at timestamptz,
  locked_by varchar(100),
  last_error text,
  sent_at timestamptz,
  ses_message_id varchar(100),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_eml_queue PRIMARY KEY (id),
  CONSTRAINT uq_eml_queue_idempotency_key UNIQUE (idempotency_key),
  CONSTRAINT uq_eml_queue_ses_message_id UNIQUE (ses_message_id),
  CONSTRAINT ck_eml_queue_priority_range CHECK (priority >= 1 AND priority <= 10),
  CONSTRAINT ck_eml_queue_to_email CHECK (position('@' in to_email) > 1),
  CONSTRAINT ck_eml_queue_attempt_count_range CHECK (attempt_count >= 0),
  CONSTRAINT ck_eml_queue_max_attempts_range CHECK (max_attempts >= 1),
  CONSTRAINT ck_eml_queue_has_content CHECK (template_id IS NOT NULL OR html_body IS NOT NULL OR text_body IS NOT NULL),
  CONSTRAINT ck_eml_queue_sent_has_date CHECK (status <> 'sent' OR sent_at IS NOT NULL),
  CONSTRAINT ck_eml_queue_attempts_bounded CHECK (attempt_count <= max_attempts)
);
CREATE TABLE eml_template_versions (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  template_id uuid NOT NULL,
  version_number integer NOT NULL,
  status eml_template_version_status NOT NULL DEFAULT 'draft',
  subject varchar(255) NOT NULL,
  preheader varchar(200),
  html_body text NOT NULL,
  text_body text,
  variables jsonb NOT NULL DEFAULT '[]'::jsonb,
  ses_template_name varchar(64),
  change_note varchar(300),
  published_at timestamptz,
  created_by_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_eml_template_versions PRIMARY KEY (id),
  CONSTRAINT uq_eml_template_versions_ses_template_name UNIQUE (ses_template_name),
  CONSTRAINT uq_eml_template_versions_template_id_version_number UNIQUE (template_id, version_number),
  CONSTRAINT ck_eml_template_versions_version_number_range CHECK (version_number >= 1),
  CONSTRAINT ck_eml_template_versions_subject_not_blank CHECK (length(btrim(subject)) > 0),
  CONSTRAINT ck_eml_template_versions_html_body_not_blank CHECK (length(btrim(html_body)) > 0),
  CONSTRAINT ck_eml_template_versions_published_has_date CHECK (status <> 'published' OR published_at IS NOT NULL)
);
CREATE TABLE eml_templates (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  template_key varchar(80) NOT NULL,
  name varchar(120) NOT NULL,
  description text,
  category eml_message_category NOT NULL,
  default_sender_id uuid,
  current_version_id uuid,
  preference_key varchar(60),
  is_active boolean NOT NULL DEFAULT true,
  created_by_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_eml_templates PRIMARY KEY (id),
  CONSTRAINT uq_eml_templates_template_key UNIQUE (template_key),
  CONSTRAINT ck_eml_templates_template_key CHECK (template_key ~ '^[a-z][a-z0-9_]*$'),
  CONSTRAINT ck_eml_templates_name_not_blank CHECK (length(btrim(name)) > 0)
);

-- Foreign keys
ALTER TABLE cms_categories ADD CONSTRAINT fk_cms_categories_parent_id FOREIGN KEY (parent_id) REFERENCES cms_categories (id) ON DELETE SET NULL;
ALTER TABLE ref_business_types ADD CONSTRAINT fk_ref_business_types_parent_id FOREIGN KEY (parent_id) REFERENCES ref_business_types (id) ON DELETE RESTRICT;
ALTER TABLE ref_job_categories ADD CONSTRAINT fk_ref_job_categories_parent_id FOREIGN KEY (parent_id) REFERENCES ref_job_categories (id) ON DELETE RESTRICT;
ALTER TABLE ref_product_categories ADD CONSTRAINT fk_ref_product_categories_parent_id FOREIGN KEY (parent_id) REFERENCES ref_product_categories (id) ON DELETE RESTRICT;
ALTER TABLE ref_service_categories ADD CONSTRAINT fk_ref_service_categories_parent_id FOREIGN KEY (parent_id) REFERENCES ref_service_categories (id) ON DELETE RESTRICT;
ALTER TABLE sup_categories ADD CONSTRAINT fk_sup_categories_parent_id FOREIGN KEY (parent_id) REFERENCES sup_categories (id) ON DELETE SET NULL;
ALTER TABLE adm_users ADD CONSTRAINT fk_adm_users_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE adm_users ADD CONSTRAINT fk_adm_users_invited_by_id FOREIGN KEY (invited_by_id) REFERENCES adm_users (id) ON DELETE SET NULL;
ALTER TABLE ana_feedback_stats ADD CONSTRAINT fk_ana_feedback_stats_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE ana_market_prices ADD CONSTRAINT fk_ana_market_prices_verified_by_id FOREIGN KEY (verified_by_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE ana_market_prices ADD CONSTRAINT fk_ana_market_prices_reported_by_id FOREIGN KEY (reported_by_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE ana_social_kpis ADD CONSTRAINT fk_ana_social_kpis_channel_id FOREIGN KEY (channel_id) REFERENCES mkt_channels (id) ON DELETE RESTRICT;
ALTER TABLE biz_profiles ADD CONSTRAINT fk_biz_profiles_owner_id FOREIGN KEY (owner_id) REFERENCES profiles (id) ON DELETE RESTRICT;
ALTER TABLE biz_profiles ADD CONSTRAINT fk_biz_profiles_business_type_id FOREIGN KEY (business_type_id) REFERENCES ref_business_types (id) ON DELETE RESTRICT;
ALTER TABLE cms_contact_submissions ADD CONSTRAINT fk_cms_contact_submissions_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE cms_contact_submissions ADD CONSTRAINT fk_cms_contact_submissions_handled_by_id FOREIGN KEY (handled_by_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE cms_early_access ADD CONSTRAINT fk_cms_early_access_referred_by_id FOREIGN KEY (referred_by_id) REFERENCES cms_early_access (id) ON DELETE SET NULL;
ALTER TABLE cms_early_access ADD CONSTRAINT fk_cms_early_access_converted_profile_id FOREIGN KEY (converted_profile_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE cms_newsletter_subscribers ADD CONSTRAINT fk_cms_newsletter_subscribers_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE cms_posts ADD CONSTRAINT fk_cms_posts_author_id FOREIGN KEY (author_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE cms_posts ADD CONSTRAINT fk_cms_posts_category_id FOREIGN KEY (category_id) REFERENCES cms_categories (id) ON DELETE SET NULL;
ALTER TABLE eml_domains ADD CONSTRAINT fk_eml_domains_provider_config_id FOREIGN KEY (provider_config_id) REFERENCES eml_provider_config (id) ON DELETE RESTRICT;
ALTER TABLE int_invitations ADD CONSTRAINT fk_int_invitations_inviter_id FOREIGN KEY (inviter_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE int_invitations ADD CONSTRAINT fk_int_invitations_accepted_profile_id FOREIGN KEY (accepted_profile_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE mkt_campaigns ADD CONSTRAINT fk_mkt_campaigns_target_segment_id FOREIGN KEY (target_segment_id) REFERENCES mkt_segments (id) ON DELETE SET NULL;
ALTER TABLE mkt_campaigns ADD CONSTRAINT fk_mkt_campaigns_owner_id FOREIGN KEY (owner_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE mkt_content_pillars ADD CONSTRAINT fk_mkt_content_pillars_pillar_type_id FOREIGN KEY (pillar_type_id) REFERENCES mkt_pillar_types (id) ON DELETE RESTRICT;
ALTER TABLE mkt_content_pillars ADD CONSTRAINT fk_mkt_content_pillars_owner_id FOREIGN KEY (owner_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE mkt_content_types ADD CONSTRAINT fk_mkt_content_types_default_channel_id FOREIGN KEY (default_channel_id) REFERENCES mkt_channels (id) ON DELETE SET NULL;
ALTER TABLE mkt_platform_kpis ADD CONSTRAINT fk_mkt_platform_kpis_channel_id FOREIGN KEY (channel_id) REFERENCES mkt_channels (id) ON DELETE CASCADE;
ALTER TABLE mkt_platform_kpis ADD CONSTRAINT fk_mkt_platform_kpis_recorded_by_id FOREIGN KEY (recorded_by_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE nec_predictions ADD CONSTRAINT fk_nec_predictions_zone_id FOREIGN KEY (zone_id) REFERENCES nec_zones (id) ON DELETE RESTRICT;
ALTER TABLE nec_scraper_logs ADD CONSTRAINT fk_nec_scraper_logs_zone_id FOREIGN KEY (zone_id) REFERENCES nec_zones (id) ON DELETE SET NULL;
ALTER TABLE ntf_preferences ADD CONSTRAINT fk_ntf_preferences_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE ntf_templates ADD CONSTRAINT fk_ntf_templates_updated_by_id FOREIGN KEY (updated_by_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE org_profiles ADD CONSTRAINT fk_org_profiles_organization_type_id FOREIGN KEY (organization_type_id) REFERENCES ref_organization_types (id) ON DELETE RESTRICT;
ALTER TABLE org_profiles ADD CONSTRAINT fk_org_profiles_parent_organization_id FOREIGN KEY (parent_organization_id) REFERENCES org_profiles (id) ON DELETE SET NULL;
ALTER TABLE org_profiles ADD CONSTRAINT fk_org_profiles_created_by_id FOREIGN KEY (created_by_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE prf_email_preferences ADD CONSTRAINT fk_prf_email_preferences_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE ref_contact_imports ADD CONSTRAINT fk_ref_contact_imports_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE ref_dashboard_widgets ADD CONSTRAINT fk_ref_dashboard_widgets_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE ref_service_attributes ADD CONSTRAINT fk_ref_service_attributes_service_category_id FOREIGN KEY (service_category_id) REFERENCES ref_service_categories (id) ON DELETE CASCADE;
ALTER TABLE ref_skills ADD CONSTRAINT fk_ref_skills_created_by_id FOREIGN KEY (created_by_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE shr_entity_comments ADD CONSTRAINT fk_shr_entity_comments_author_id FOREIGN KEY (author_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE shr_entity_comments ADD CONSTRAINT fk_shr_entity_comments_parent_comment_id FOREIGN KEY (parent_comment_id) REFERENCES shr_entity_comments (id) ON DELETE CASCADE;
ALTER TABLE shr_entity_likes ADD CONSTRAINT fk_shr_entity_likes_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE shr_entity_shares ADD CONSTRAINT fk_shr_entity_shares_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE shr_entity_shares ADD CONSTRAINT fk_shr_entity_shares_template_id FOREIGN KEY (template_id) REFERENCES shr_share_templates (id) ON DELETE SET NULL;
ALTER TABLE soc_blocked_users ADD CONSTRAINT fk_soc_blocked_users_blocker_id FOREIGN KEY (blocker_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE soc_blocked_users ADD CONSTRAINT fk_soc_blocked_users_blocked_id FOREIGN KEY (blocked_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE soc_connection_suggestions ADD CONSTRAINT fk_soc_connection_suggestions_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE soc_connection_suggestions ADD CONSTRAINT fk_soc_connection_suggestions_suggested_profile_id FOREIGN KEY (suggested_profile_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE soc_connections ADD CONSTRAINT fk_soc_connections_requester_id FOREIGN KEY (requester_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE soc_connections ADD CONSTRAINT fk_soc_connections_addressee_id FOREIGN KEY (addressee_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE soc_share_tracking ADD CONSTRAINT fk_soc_share_tracking_sharer_id FOREIGN KEY (sharer_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE sup_insights ADD CONSTRAINT fk_sup_insights_category_id FOREIGN KEY (category_id) REFERENCES sup_categories (id) ON DELETE SET NULL;
ALTER TABLE sup_insights ADD CONSTRAINT fk_sup_insights_owner_id FOREIGN KEY (owner_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE sup_response_templates ADD CONSTRAINT fk_sup_response_templates_category_id FOREIGN KEY (category_id) REFERENCES sup_categories (id) ON DELETE SET NULL;
ALTER TABLE sup_response_templates ADD CONSTRAINT fk_sup_response_templates_created_by_id FOREIGN KEY (created_by_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE sup_workflows ADD CONSTRAINT fk_sup_workflows_created_by_id FOREIGN KEY (created_by_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE usr_activity ADD CONSTRAINT fk_usr_activity_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE usr_badges ADD CONSTRAINT fk_usr_badges_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE usr_certifications ADD CONSTRAINT fk_usr_certifications_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE usr_completeness_checks ADD CONSTRAINT fk_usr_completeness_checks_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE usr_consultant_details ADD CONSTRAINT fk_usr_consultant_details_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE usr_education ADD CONSTRAINT fk_usr_education_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE usr_experiences ADD CONSTRAINT fk_usr_experiences_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE usr_farmer_details ADD CONSTRAINT fk_usr_farmer_details_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE usr_preferences ADD CONSTRAINT fk_usr_preferences_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE usr_privacy_settings ADD CONSTRAINT fk_usr_privacy_settings_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE usr_profile_roles ADD CONSTRAINT fk_usr_profile_roles_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE usr_researcher_details ADD CONSTRAINT fk_usr_researcher_details_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE usr_stats ADD CONSTRAINT fk_usr_stats_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE usr_supplier_details ADD CONSTRAINT fk_usr_supplier_details_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE usr_verifications ADD CONSTRAINT fk_usr_verifications_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE usr_verifications ADD CONSTRAINT fk_usr_verifications_reviewer_id FOREIGN KEY (reviewer_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE usr_veterinarian_details ADD CONSTRAINT fk_usr_veterinarian_details_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE biz_certifications ADD CONSTRAINT fk_biz_certifications_business_id FOREIGN KEY (business_id) REFERENCES biz_profiles (id) ON DELETE CASCADE;
ALTER TABLE biz_contact_info ADD CONSTRAINT fk_biz_contact_info_business_id FOREIGN KEY (business_id) REFERENCES biz_profiles (id) ON DELETE CASCADE;
ALTER TABLE biz_farm_details ADD CONSTRAINT fk_biz_farm_details_business_id FOREIGN KEY (business_id) REFERENCES biz_profiles (id) ON DELETE CASCADE;
ALTER TABLE biz_locations ADD CONSTRAINT fk_biz_locations_business_id FOREIGN KEY (business_id) REFERENCES biz_profiles (id) ON DELETE CASCADE;
ALTER TABLE biz_service_areas ADD CONSTRAINT fk_biz_service_areas_business_id FOREIGN KEY (business_id) REFERENCES biz_profiles (id) ON DELETE CASCADE;
ALTER TABLE biz_stats ADD CONSTRAINT fk_biz_stats_business_id FOREIGN KEY (business_id) REFERENCES biz_profiles (id) ON DELETE CASCADE;
ALTER TABLE biz_supplier_details ADD CONSTRAINT fk_biz_supplier_details_business_id FOREIGN KEY (business_id) REFERENCES biz_profiles (id) ON DELETE CASCADE;
ALTER TABLE biz_team_members ADD CONSTRAINT fk_biz_team_members_business_id FOREIGN KEY (business_id) REFERENCES biz_profiles (id) ON DELETE CASCADE;
ALTER TABLE biz_team_members ADD CONSTRAINT fk_biz_team_members_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE cms_post_tags ADD CONSTRAINT fk_cms_post_tags_post_id FOREIGN KEY (post_id) REFERENCES cms_posts (id) ON DELETE CASCADE;
ALTER TABLE cms_post_tags ADD CONSTRAINT fk_cms_post_tags_tag_id FOREIGN KEY (tag_id) REFERENCES cms_tags (id) ON DELETE CASCADE;
ALTER TABLE eml_senders ADD CONSTRAINT fk_eml_senders_domain_id FOREIGN KEY (domain_id) REFERENCES eml_domains (id) ON DELETE RESTRICT;
ALTER TABLE evt_events ADD CONSTRAINT fk_evt_events_event_type_id FOREIGN KEY (event_type_id) REFERENCES ref_event_types (id) ON DELETE RESTRICT;
ALTER TABLE evt_events ADD CONSTRAINT fk_evt_events_organization_id FOREIGN KEY (organization_id) REFERENCES org_profiles (id) ON DELETE SET NULL;
ALTER TABLE evt_events ADD CONSTRAINT fk_evt_events_business_id FOREIGN KEY (business_id) REFERENCES biz_profiles (id) ON DELETE SET NULL;
ALTER TABLE evt_events ADD CONSTRAINT fk_evt_events_created_by_id FOREIGN KEY (created_by_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE int_credentials ADD CONSTRAINT fk_int_credentials_business_id FOREIGN KEY (business_id) REFERENCES biz_profiles (id) ON DELETE CASCADE;
ALTER TABLE int_credentials ADD CONSTRAINT fk_int_credentials_organization_id FOREIGN KEY (organization_id) REFERENCES org_profiles (id) ON DELETE CASCADE;
ALTER TABLE int_credentials ADD CONSTRAINT fk_int_credentials_created_by_id FOREIGN KEY (created_by_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE job_postings ADD CONSTRAINT fk_job_postings_business_id FOREIGN KEY (business_id) REFERENCES biz_profiles (id) ON DELETE CASCADE;
ALTER TABLE job_postings ADD CONSTRAINT fk_job_postings_organization_id FOREIGN KEY (organization_id) REFERENCES org_profiles (id) ON DELETE CASCADE;
ALTER TABLE job_postings ADD CONSTRAINT fk_job_postings_posted_by_id FOREIGN KEY (posted_by_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE job_postings ADD CONSTRAINT fk_job_postings_category_id FOREIGN KEY (category_id) REFERENCES ref_job_categories (id) ON DELETE RESTRICT;
ALTER TABLE job_postings ADD CONSTRAINT fk_job_postings_job_type_id FOREIGN KEY (job_type_id) REFERENCES ref_job_types (id) ON DELETE RESTRICT;
ALTER TABLE mkt_campaign_pillars ADD CONSTRAINT fk_mkt_campaign_pillars_campaign_id FOREIGN KEY (campaign_id) REFERENCES mkt_campaigns (id) ON DELETE CASCADE;
ALTER TABLE mkt_campaign_pillars ADD CONSTRAINT fk_mkt_campaign_pillars_pillar_id FOREIGN KEY (pillar_id) REFERENCES mkt_content_pillars (id) ON DELETE CASCADE;
ALTER TABLE mkt_pillar_tags ADD CONSTRAINT fk_mkt_pillar_tags_pillar_id FOREIGN KEY (pillar_id) REFERENCES mkt_content_pillars (id) ON DELETE CASCADE;
ALTER TABLE mkt_pillar_tags ADD CONSTRAINT fk_mkt_pillar_tags_tag_id FOREIGN KEY (tag_id) REFERENCES mkt_tags (id) ON DELETE CASCADE;
ALTER TABLE mkt_topics ADD CONSTRAINT fk_mkt_topics_pillar_id FOREIGN KEY (pillar_id) REFERENCES mkt_content_pillars (id) ON DELETE CASCADE;
ALTER TABLE msg_conversations ADD CONSTRAINT fk_msg_conversations_created_by_id FOREIGN KEY (created_by_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE msg_conversations ADD CONSTRAINT fk_msg_conversations_business_id FOREIGN KEY (business_id) REFERENCES biz_profiles (id) ON DELETE SET NULL;
ALTER TABLE nec_prices ADD CONSTRAINT fk_nec_prices_zone_id FOREIGN KEY (zone_id) REFERENCES nec_zones (id) ON DELETE RESTRICT;
ALTER TABLE nec_prices ADD CONSTRAINT fk_nec_prices_scraper_log_id FOREIGN KEY (scraper_log_id) REFERENCES nec_scraper_logs (id) ON DELETE SET NULL;
ALTER TABLE ntf_notifications ADD CONSTRAINT fk_ntf_notifications_recipient_id FOREIGN KEY (recipient_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE ntf_notifications ADD CONSTRAINT fk_ntf_notifications_actor_id FOREIGN KEY (actor_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE ntf_notifications ADD CONSTRAINT fk_ntf_notifications_template_id FOREIGN KEY (template_id) REFERENCES ntf_templates (id) ON DELETE SET NULL;
ALTER TABLE org_announcements ADD CONSTRAINT fk_org_announcements_organization_id FOREIGN KEY (organization_id) REFERENCES org_profiles (id) ON DELETE CASCADE;
ALTER TABLE org_announcements ADD CONSTRAINT fk_org_announcements_author_id FOREIGN KEY (author_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE org_committees ADD CONSTRAINT fk_org_committees_organization_id FOREIGN KEY (organization_id) REFERENCES org_profiles (id) ON DELETE CASCADE;
ALTER TABLE org_committees ADD CONSTRAINT fk_org_committees_parent_committee_id FOREIGN KEY (parent_committee_id) REFERENCES org_committees (id) ON DELETE SET NULL;
ALTER TABLE org_contact_info ADD CONSTRAINT fk_org_contact_info_organization_id FOREIGN KEY (organization_id) REFERENCES org_profiles (id) ON DELETE CASCADE;
ALTER TABLE org_leadership ADD CONSTRAINT fk_org_leadership_organization_id FOREIGN KEY (organization_id) REFERENCES org_profiles (id) ON DELETE CASCADE;
ALTER TABLE org_leadership ADD CONSTRAINT fk_org_leadership_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE org_membership_tiers ADD CONSTRAINT fk_org_membership_tiers_organization_id FOREIGN KEY (organization_id) REFERENCES org_profiles (id) ON DELETE CASCADE;
ALTER TABLE org_offices ADD CONSTRAINT fk_org_offices_organization_id FOREIGN KEY (organization_id) REFERENCES org_profiles (id) ON DELETE CASCADE;
ALTER TABLE org_resources ADD CONSTRAINT fk_org_resources_organization_id FOREIGN KEY (organization_id) REFERENCES org_profiles (id) ON DELETE CASCADE;
ALTER TABLE org_resources ADD CONSTRAINT fk_org_resources_uploaded_by_id FOREIGN KEY (uploaded_by_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE org_roles ADD CONSTRAINT fk_org_roles_organization_id FOREIGN KEY (organization_id) REFERENCES org_profiles (id) ON DELETE CASCADE;
ALTER TABLE org_stats ADD CONSTRAINT fk_org_stats_organization_id FOREIGN KEY (organization_id) REFERENCES org_profiles (id) ON DELETE CASCADE;
ALTER TABLE prd_products ADD CONSTRAINT fk_prd_products_business_id FOREIGN KEY (business_id) REFERENCES biz_profiles (id) ON DELETE CASCADE;
ALTER TABLE prd_products ADD CONSTRAINT fk_prd_products_category_id FOREIGN KEY (category_id) REFERENCES ref_product_categories (id) ON DELETE RESTRICT;
ALTER TABLE soc_follows ADD CONSTRAINT fk_soc_follows_follower_id FOREIGN KEY (follower_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE soc_follows ADD CONSTRAINT fk_soc_follows_followed_profile_id FOREIGN KEY (followed_profile_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE soc_follows ADD CONSTRAINT fk_soc_follows_followed_business_id FOREIGN KEY (followed_business_id) REFERENCES biz_profiles (id) ON DELETE CASCADE;
ALTER TABLE soc_follows ADD CONSTRAINT fk_soc_follows_followed_organization_id FOREIGN KEY (followed_organization_id) REFERENCES org_profiles (id) ON DELETE CASCADE;
ALTER TABLE soc_posts ADD CONSTRAINT fk_soc_posts_author_id FOREIGN KEY (author_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE soc_posts ADD CONSTRAINT fk_soc_posts_business_id FOREIGN KEY (business_id) REFERENCES biz_profiles (id) ON DELETE CASCADE;
ALTER TABLE soc_posts ADD CONSTRAINT fk_soc_posts_organization_id FOREIGN KEY (organization_id) REFERENCES org_profiles (id) ON DELETE CASCADE;
ALTER TABLE sup_submissions ADD CONSTRAINT fk_sup_submissions_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE sup_submissions ADD CONSTRAINT fk_sup_submissions_category_id FOREIGN KEY (category_id) REFERENCES sup_categories (id) ON DELETE SET NULL;
ALTER TABLE sup_submissions ADD CONSTRAINT fk_sup_submissions_assigned_to_id FOREIGN KEY (assigned_to_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE sup_submissions ADD CONSTRAINT fk_sup_submissions_workflow_id FOREIGN KEY (workflow_id) REFERENCES sup_workflows (id) ON DELETE SET NULL;
ALTER TABLE sup_submissions ADD CONSTRAINT fk_sup_submissions_duplicate_of_id FOREIGN KEY (duplicate_of_id) REFERENCES sup_submissions (id) ON DELETE SET NULL;
ALTER TABLE usr_profile_skills ADD CONSTRAINT fk_usr_profile_skills_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE usr_profile_skills ADD CONSTRAINT fk_usr_profile_skills_skill_id FOREIGN KEY (skill_id) REFERENCES ref_skills (id) ON DELETE RESTRICT;
ALTER TABLE biz_contact_persons ADD CONSTRAINT fk_biz_contact_persons_business_id FOREIGN KEY (business_id) REFERENCES biz_profiles (id) ON DELETE CASCADE;
ALTER TABLE biz_contact_persons ADD CONSTRAINT fk_biz_contact_persons_business_id_team_member_id FOREIGN KEY (business_id, team_member_id) REFERENCES biz_team_members (business_id, id) ON DELETE CASCADE;
ALTER TABLE evt_exhibitors ADD CONSTRAINT fk_evt_exhibitors_event_id FOREIGN KEY (event_id) REFERENCES evt_events (id) ON DELETE CASCADE;
ALTER TABLE evt_exhibitors ADD CONSTRAINT fk_evt_exhibitors_business_id FOREIGN KEY (business_id) REFERENCES biz_profiles (id) ON DELETE SET NULL;
ALTER TABLE evt_exhibitors ADD CONSTRAINT fk_evt_exhibitors_organization_id FOREIGN KEY (organization_id) REFERENCES org_profiles (id) ON DELETE SET NULL;
ALTER TABLE evt_exhibitors ADD CONSTRAINT fk_evt_exhibitors_primary_contact_id FOREIGN KEY (primary_contact_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE evt_sessions ADD CONSTRAINT fk_evt_sessions_event_id FOREIGN KEY (event_id) REFERENCES evt_events (id) ON DELETE CASCADE;
ALTER TABLE evt_speakers ADD CONSTRAINT fk_evt_speakers_event_id FOREIGN KEY (event_id) REFERENCES evt_events (id) ON DELETE CASCADE;
ALTER TABLE evt_speakers ADD CONSTRAINT fk_evt_speakers_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE evt_sponsor_tiers ADD CONSTRAINT fk_evt_sponsor_tiers_event_id FOREIGN KEY (event_id) REFERENCES evt_events (id) ON DELETE CASCADE;
ALTER TABLE evt_ticket_types ADD CONSTRAINT fk_evt_ticket_types_event_id FOREIGN KEY (event_id) REFERENCES evt_events (id) ON DELETE CASCADE;
ALTER TABLE mkt_content_ideas ADD CONSTRAINT fk_mkt_content_ideas_pillar_id FOREIGN KEY (pillar_id) REFERENCES mkt_content_pillars (id) ON DELETE SET NULL;
ALTER TABLE mkt_content_ideas ADD CONSTRAINT fk_mkt_content_ideas_topic_id FOREIGN KEY (topic_id) REFERENCES mkt_topics (id) ON DELETE SET NULL;
ALTER TABLE mkt_content_ideas ADD CONSTRAINT fk_mkt_content_ideas_segment_id FOREIGN KEY (segment_id) REFERENCES mkt_segments (id) ON DELETE SET NULL;
ALTER TABLE mkt_content_ideas ADD CONSTRAINT fk_mkt_content_ideas_content_type_id FOREIGN KEY (content_type_id) REFERENCES mkt_content_types (id) ON DELETE SET NULL;
ALTER TABLE mkt_content_ideas ADD CONSTRAINT fk_mkt_content_ideas_submitted_by_id FOREIGN KEY (submitted_by_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE mkt_content_ideas ADD CONSTRAINT fk_mkt_content_ideas_decided_by_id FOREIGN KEY (decided_by_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE mkt_topic_segments ADD CONSTRAINT fk_mkt_topic_segments_topic_id FOREIGN KEY (topic_id) REFERENCES mkt_topics (id) ON DELETE CASCADE;
ALTER TABLE mkt_topic_segments ADD CONSTRAINT fk_mkt_topic_segments_segment_id FOREIGN KEY (segment_id) REFERENCES mkt_segments (id) ON DELETE CASCADE;
ALTER TABLE msg_messages ADD CONSTRAINT fk_msg_messages_conversation_id FOREIGN KEY (conversation_id) REFERENCES msg_conversations (id) ON DELETE CASCADE;
ALTER TABLE msg_messages ADD CONSTRAINT fk_msg_messages_sender_id FOREIGN KEY (sender_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE msg_messages ADD CONSTRAINT fk_msg_messages_reply_to_message_id FOREIGN KEY (reply_to_message_id) REFERENCES msg_messages (id) ON DELETE SET NULL;
ALTER TABLE nec_annotations ADD CONSTRAINT fk_nec_annotations_author_id FOREIGN KEY (author_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE nec_annotations ADD CONSTRAINT fk_nec_annotations_price_id FOREIGN KEY (price_id) REFERENCES nec_prices (id) ON DELETE SET NULL;
ALTER TABLE nec_annotations ADD CONSTRAINT fk_nec_annotations_zone_id FOREIGN KEY (zone_id) REFERENCES nec_zones (id) ON DELETE SET NULL;
ALTER TABLE nec_annotations ADD CONSTRAINT fk_nec_annotations_approved_by_id FOREIGN KEY (approved_by_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE org_committee_members ADD CONSTRAINT fk_org_committee_members_committee_id FOREIGN KEY (committee_id) REFERENCES org_committees (id) ON DELETE CASCADE;
ALTER TABLE org_committee_members ADD CONSTRAINT fk_org_committee_members_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE org_member_invitations ADD CONSTRAINT fk_org_member_invitations_organization_id FOREIGN KEY (organization_id) REFERENCES org_profiles (id) ON DELETE CASCADE;
ALTER TABLE org_member_invitations ADD CONSTRAINT fk_org_member_invitations_invited_by_id FOREIGN KEY (invited_by_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE org_member_invitations ADD CONSTRAINT fk_org_member_invitations_invitee_profile_id FOREIGN KEY (invitee_profile_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE org_member_invitations ADD CONSTRAINT fk_org_member_invitations_tier_id FOREIGN KEY (tier_id) REFERENCES org_membership_tiers (id) ON DELETE SET NULL;
ALTER TABLE org_member_invitations ADD CONSTRAINT fk_org_member_invitations_role_id FOREIGN KEY (role_id) REFERENCES org_roles (id) ON DELETE SET NULL;
ALTER TABLE org_members ADD CONSTRAINT fk_org_members_organization_id FOREIGN KEY (organization_id) REFERENCES org_profiles (id) ON DELETE CASCADE;
ALTER TABLE org_members ADD CONSTRAINT fk_org_members_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE org_members ADD CONSTRAINT fk_org_members_tier_id FOREIGN KEY (tier_id) REFERENCES org_membership_tiers (id) ON DELETE SET NULL;
ALTER TABLE org_members ADD CONSTRAINT fk_org_members_role_id FOREIGN KEY (role_id) REFERENCES org_roles (id) ON DELETE SET NULL;
ALTER TABLE org_membership_applications ADD CONSTRAINT fk_org_membership_applications_organization_id FOREIGN KEY (organization_id) REFERENCES org_profiles (id) ON DELETE CASCADE;
ALTER TABLE org_membership_applications ADD CONSTRAINT fk_org_membership_applications_applicant_id FOREIGN KEY (applicant_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE org_membership_applications ADD CONSTRAINT fk_org_membership_applications_tier_id FOREIGN KEY (tier_id) REFERENCES org_membership_tiers (id) ON DELETE SET NULL;
ALTER TABLE org_membership_applications ADD CONSTRAINT fk_org_membership_applications_reviewed_by_id FOREIGN KEY (reviewed_by_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE org_membership_history ADD CONSTRAINT fk_org_membership_history_organization_id FOREIGN KEY (organization_id) REFERENCES org_profiles (id) ON DELETE CASCADE;
ALTER TABLE org_membership_history ADD CONSTRAINT fk_org_membership_history_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE org_membership_history ADD CONSTRAINT fk_org_membership_history_from_tier_id FOREIGN KEY (from_tier_id) REFERENCES org_membership_tiers (id) ON DELETE SET NULL;
ALTER TABLE org_membership_history ADD CONSTRAINT fk_org_membership_history_to_tier_id FOREIGN KEY (to_tier_id) REFERENCES org_membership_tiers (id) ON DELETE SET NULL;
ALTER TABLE org_membership_history ADD CONSTRAINT fk_org_membership_history_actor_id FOREIGN KEY (actor_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE prd_images ADD CONSTRAINT fk_prd_images_product_id FOREIGN KEY (product_id) REFERENCES prd_products (id) ON DELETE CASCADE;
ALTER TABLE prd_reviews ADD CONSTRAINT fk_prd_reviews_product_id FOREIGN KEY (product_id) REFERENCES prd_products (id) ON DELETE CASCADE;
ALTER TABLE prd_reviews ADD CONSTRAINT fk_prd_reviews_reviewer_id FOREIGN KEY (reviewer_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE que_sms ADD CONSTRAINT fk_que_sms_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE que_sms ADD CONSTRAINT fk_que_sms_credential_id FOREIGN KEY (credential_id) REFERENCES int_credentials (id) ON DELETE SET NULL;
ALTER TABLE que_whatsapp ADD CONSTRAINT fk_que_whatsapp_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE que_whatsapp ADD CONSTRAINT fk_que_whatsapp_credential_id FOREIGN KEY (credential_id) REFERENCES int_credentials (id) ON DELETE SET NULL;
ALTER TABLE soc_post_bookmarks ADD CONSTRAINT fk_soc_post_bookmarks_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE soc_post_bookmarks ADD CONSTRAINT fk_soc_post_bookmarks_post_id FOREIGN KEY (post_id) REFERENCES soc_posts (id) ON DELETE CASCADE;
ALTER TABLE soc_post_comments ADD CONSTRAINT fk_soc_post_comments_post_id FOREIGN KEY (post_id) REFERENCES soc_posts (id) ON DELETE CASCADE;
ALTER TABLE soc_post_comments ADD CONSTRAINT fk_soc_post_comments_author_id FOREIGN KEY (author_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE soc_post_comments ADD CONSTRAINT fk_soc_post_comments_parent_comment_id_post_id FOREIGN KEY (parent_comment_id, post_id) REFERENCES soc_post_comments (id, post_id) ON DELETE CASCADE;
ALTER TABLE soc_post_likes ADD CONSTRAINT fk_soc_post_likes_post_id FOREIGN KEY (post_id) REFERENCES soc_posts (id) ON DELETE CASCADE;
ALTER TABLE soc_post_likes ADD CONSTRAINT fk_soc_post_likes_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE soc_post_reports ADD CONSTRAINT fk_soc_post_reports_post_id FOREIGN KEY (post_id) REFERENCES soc_posts (id) ON DELETE CASCADE;
ALTER TABLE soc_post_reports ADD CONSTRAINT fk_soc_post_reports_reporter_id FOREIGN KEY (reporter_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE soc_post_reports ADD CONSTRAINT fk_soc_post_reports_reviewer_id FOREIGN KEY (reviewer_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE soc_post_shares ADD CONSTRAINT fk_soc_post_shares_post_id FOREIGN KEY (post_id) REFERENCES soc_posts (id) ON DELETE CASCADE;
ALTER TABLE soc_post_shares ADD CONSTRAINT fk_soc_post_shares_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE soc_post_tags ADD CONSTRAINT fk_soc_post_tags_post_id FOREIGN KEY (post_id) REFERENCES soc_posts (id) ON DELETE CASCADE;
ALTER TABLE soc_post_views ADD CONSTRAINT fk_soc_post_views_post_id FOREIGN KEY (post_id) REFERENCES soc_posts (id) ON DELETE CASCADE;
ALTER TABLE soc_post_views ADD CONSTRAINT fk_soc_post_views_viewer_id FOREIGN KEY (viewer_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE sup_comments ADD CONSTRAINT fk_sup_comments_submission_id FOREIGN KEY (submission_id) REFERENCES sup_submissions (id) ON DELETE CASCADE;
ALTER TABLE sup_comments ADD CONSTRAINT fk_sup_comments_author_id FOREIGN KEY (author_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE sup_comments ADD CONSTRAINT fk_sup_comments_response_template_id FOREIGN KEY (response_template_id) REFERENCES sup_response_templates (id) ON DELETE SET NULL;
ALTER TABLE sup_submission_tags ADD CONSTRAINT fk_sup_submission_tags_submission_id FOREIGN KEY (submission_id) REFERENCES sup_submissions (id) ON DELETE CASCADE;
ALTER TABLE sup_submission_tags ADD CONSTRAINT fk_sup_submission_tags_tag_id FOREIGN KEY (tag_id) REFERENCES sup_tags (id) ON DELETE CASCADE;
ALTER TABLE sup_submission_tags ADD CONSTRAINT fk_sup_submission_tags_tagged_by_id FOREIGN KEY (tagged_by_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE usr_skill_endorsements ADD CONSTRAINT fk_usr_skill_endorsements_profile_skill_id FOREIGN KEY (profile_skill_id) REFERENCES usr_profile_skills (id) ON DELETE CASCADE;
ALTER TABLE usr_skill_endorsements ADD CONSTRAINT fk_usr_skill_endorsements_endorser_id FOREIGN KEY (endorser_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE evt_expo_stalls ADD CONSTRAINT fk_evt_expo_stalls_event_id FOREIGN KEY (event_id) REFERENCES evt_events (id) ON DELETE CASCADE;
ALTER TABLE evt_expo_stalls ADD CONSTRAINT fk_evt_expo_stalls_exhibitor_id FOREIGN KEY (exhibitor_id) REFERENCES evt_exhibitors (id) ON DELETE SET NULL;
ALTER TABLE evt_feedback_responses ADD CONSTRAINT fk_evt_feedback_responses_event_id FOREIGN KEY (event_id) REFERENCES evt_events (id) ON DELETE CASCADE;
ALTER TABLE evt_feedback_responses ADD CONSTRAINT fk_evt_feedback_responses_session_id FOREIGN KEY (session_id) REFERENCES evt_sessions (id) ON DELETE CASCADE;
ALTER TABLE evt_feedback_responses ADD CONSTRAINT fk_evt_feedback_responses_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE evt_registrations ADD CONSTRAINT fk_evt_registrations_event_id FOREIGN KEY (event_id) REFERENCES evt_events (id) ON DELETE CASCADE;
ALTER TABLE evt_registrations ADD CONSTRAINT fk_evt_registrations_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE evt_registrations ADD CONSTRAINT fk_evt_registrations_ticket_type_id FOREIGN KEY (ticket_type_id) REFERENCES evt_ticket_types (id) ON DELETE RESTRICT;
ALTER TABLE evt_resources ADD CONSTRAINT fk_evt_resources_event_id FOREIGN KEY (event_id) REFERENCES evt_events (id) ON DELETE CASCADE;
ALTER TABLE evt_resources ADD CONSTRAINT fk_evt_resources_session_id FOREIGN KEY (session_id) REFERENCES evt_sessions (id) ON DELETE SET NULL;
ALTER TABLE evt_resources ADD CONSTRAINT fk_evt_resources_uploaded_by_id FOREIGN KEY (uploaded_by_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE evt_sponsors ADD CONSTRAINT fk_evt_sponsors_event_id FOREIGN KEY (event_id) REFERENCES evt_events (id) ON DELETE CASCADE;
ALTER TABLE evt_sponsors ADD CONSTRAINT fk_evt_sponsors_tier_id FOREIGN KEY (tier_id) REFERENCES evt_sponsor_tiers (id) ON DELETE SET NULL;
ALTER TABLE evt_sponsors ADD CONSTRAINT fk_evt_sponsors_business_id FOREIGN KEY (business_id) REFERENCES biz_profiles (id) ON DELETE SET NULL;
ALTER TABLE evt_sponsors ADD CONSTRAINT fk_evt_sponsors_organization_id FOREIGN KEY (organization_id) REFERENCES org_profiles (id) ON DELETE SET NULL;
ALTER TABLE mkt_content ADD CONSTRAINT fk_mkt_content_content_type_id FOREIGN KEY (content_type_id) REFERENCES mkt_content_types (id) ON DELETE RESTRICT;
ALTER TABLE mkt_content ADD CONSTRAINT fk_mkt_content_pillar_id FOREIGN KEY (pillar_id) REFERENCES mkt_content_pillars (id) ON DELETE SET NULL;
ALTER TABLE mkt_content ADD CONSTRAINT fk_mkt_content_topic_id FOREIGN KEY (topic_id) REFERENCES mkt_topics (id) ON DELETE SET NULL;
ALTER TABLE mkt_content ADD CONSTRAINT fk_mkt_content_idea_id FOREIGN KEY (idea_id) REFERENCES mkt_content_ideas (id) ON DELETE SET NULL;
ALTER TABLE mkt_content ADD CONSTRAINT fk_mkt_content_segment_id FOREIGN KEY (segment_id) REFERENCES mkt_segments (id) ON DELETE SET NULL;
ALTER TABLE mkt_content ADD CONSTRAINT fk_mkt_content_author_id FOREIGN KEY (author_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE mkt_content ADD CONSTRAINT fk_mkt_content_reviewer_id FOREIGN KEY (reviewer_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE mkt_content ADD CONSTRAINT fk_mkt_content_cms_post_id FOREIGN KEY (cms_post_id) REFERENCES cms_posts (id) ON DELETE SET NULL;
ALTER TABLE msg_participants ADD CONSTRAINT fk_msg_participants_conversation_id FOREIGN KEY (conversation_id) REFERENCES msg_conversations (id) ON DELETE CASCADE;
ALTER TABLE msg_participants ADD CONSTRAINT fk_msg_participants_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE msg_participants ADD CONSTRAINT fk_msg_participants_last_read_message_id FOREIGN KEY (last_read_message_id) REFERENCES msg_messages (id) ON DELETE SET NULL;
ALTER TABLE msg_reactions ADD CONSTRAINT fk_msg_reactions_message_id FOREIGN KEY (message_id) REFERENCES msg_messages (id) ON DELETE CASCADE;
ALTER TABLE msg_reactions ADD CONSTRAINT fk_msg_reactions_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE msg_read_receipts ADD CONSTRAINT fk_msg_read_receipts_message_id FOREIGN KEY (message_id) REFERENCES msg_messages (id) ON DELETE CASCADE;
ALTER TABLE msg_read_receipts ADD CONSTRAINT fk_msg_read_receipts_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE nec_annotation_metadata ADD CONSTRAINT fk_nec_annotation_metadata_annotation_id FOREIGN KEY (annotation_id) REFERENCES nec_annotations (id) ON DELETE CASCADE;
ALTER TABLE nec_annotation_metadata ADD CONSTRAINT fk_nec_annotation_metadata_verified_by_id FOREIGN KEY (verified_by_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE que_offline_messages ADD CONSTRAINT fk_que_offline_messages_message_id FOREIGN KEY (message_id) REFERENCES msg_messages (id) ON DELETE CASCADE;
ALTER TABLE que_offline_messages ADD CONSTRAINT fk_que_offline_messages_recipient_id FOREIGN KEY (recipient_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE soc_comment_likes ADD CONSTRAINT fk_soc_comment_likes_comment_id FOREIGN KEY (comment_id) REFERENCES soc_post_comments (id) ON DELETE CASCADE;
ALTER TABLE soc_comment_likes ADD CONSTRAINT fk_soc_comment_likes_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE CASCADE;
ALTER TABLE sup_attachments ADD CONSTRAINT fk_sup_attachments_submission_id FOREIGN KEY (submission_id) REFERENCES sup_submissions (id) ON DELETE CASCADE;
ALTER TABLE sup_attachments ADD CONSTRAINT fk_sup_attachments_comment_id FOREIGN KEY (comment_id) REFERENCES sup_comments (id) ON DELETE CASCADE;
ALTER TABLE sup_attachments ADD CONSTRAINT fk_sup_attachments_uploaded_by_id FOREIGN KEY (uploaded_by_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE evt_checkins ADD CONSTRAINT fk_evt_checkins_registration_id FOREIGN KEY (registration_id) REFERENCES evt_registrations (id) ON DELETE CASCADE;
ALTER TABLE evt_checkins ADD CONSTRAINT fk_evt_checkins_session_id FOREIGN KEY (session_id) REFERENCES evt_sessions (id) ON DELETE CASCADE;
ALTER TABLE evt_checkins ADD CONSTRAINT fk_evt_checkins_checked_in_by_id FOREIGN KEY (checked_in_by_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE mkt_campaign_content ADD CONSTRAINT fk_mkt_campaign_content_campaign_id FOREIGN KEY (campaign_id) REFERENCES mkt_campaigns (id) ON DELETE CASCADE;
ALTER TABLE mkt_campaign_content ADD CONSTRAINT fk_mkt_campaign_content_content_id FOREIGN KEY (content_id) REFERENCES mkt_content (id) ON DELETE CASCADE;
ALTER TABLE mkt_content_schedule ADD CONSTRAINT fk_mkt_content_schedule_content_id FOREIGN KEY (content_id) REFERENCES mkt_content (id) ON DELETE CASCADE;
ALTER TABLE mkt_content_schedule ADD CONSTRAINT fk_mkt_content_schedule_channel_id FOREIGN KEY (channel_id) REFERENCES mkt_channels (id) ON DELETE RESTRICT;
ALTER TABLE mkt_content_schedule ADD CONSTRAINT fk_mkt_content_schedule_scheduled_by_id FOREIGN KEY (scheduled_by_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE mkt_content_tags ADD CONSTRAINT fk_mkt_content_tags_content_id FOREIGN KEY (content_id) REFERENCES mkt_content (id) ON DELETE CASCADE;
ALTER TABLE mkt_content_tags ADD CONSTRAINT fk_mkt_content_tags_tag_id FOREIGN KEY (tag_id) REFERENCES mkt_tags (id) ON DELETE CASCADE;
ALTER TABLE eml_campaign_recipients ADD CONSTRAINT fk_eml_campaign_recipients_campaign_id FOREIGN KEY (campaign_id) REFERENCES eml_campaigns (id) ON DELETE CASCADE;
ALTER TABLE eml_campaign_recipients ADD CONSTRAINT fk_eml_campaign_recipients_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE eml_campaign_recipients ADD CONSTRAINT fk_eml_campaign_recipients_current_step_id FOREIGN KEY (current_step_id) REFERENCES eml_campaign_steps (id) ON DELETE SET NULL;
ALTER TABLE eml_campaign_steps ADD CONSTRAINT fk_eml_campaign_steps_campaign_id FOREIGN KEY (campaign_id) REFERENCES eml_campaigns (id) ON DELETE CASCADE;
ALTER TABLE eml_campaign_steps ADD CONSTRAINT fk_eml_campaign_steps_template_id FOREIGN KEY (template_id) REFERENCES eml_templates (id) ON DELETE RESTRICT;
ALTER TABLE eml_campaigns ADD CONSTRAINT fk_eml_campaigns_sender_id FOREIGN KEY (sender_id) REFERENCES eml_senders (id) ON DELETE RESTRICT;
ALTER TABLE eml_campaigns ADD CONSTRAINT fk_eml_campaigns_template_id FOREIGN KEY (template_id) REFERENCES eml_templates (id) ON DELETE SET NULL;
ALTER TABLE eml_campaigns ADD CONSTRAINT fk_eml_campaigns_created_by_id FOREIGN KEY (created_by_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE eml_events ADD CONSTRAINT fk_eml_events_queue_id FOREIGN KEY (queue_id) REFERENCES eml_queue (id) ON DELETE SET NULL;
ALTER TABLE eml_events ADD CONSTRAINT fk_eml_events_ses_event_id FOREIGN KEY (ses_event_id) REFERENCES eml_ses_events (id) ON DELETE SET NULL;
ALTER TABLE eml_events ADD CONSTRAINT fk_eml_events_campaign_id FOREIGN KEY (campaign_id) REFERENCES eml_campaigns (id) ON DELETE SET NULL;
ALTER TABLE eml_events ADD CONSTRAINT fk_eml_events_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE eml_suppressions ADD CONSTRAINT fk_eml_suppressions_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE eml_suppressions ADD CONSTRAINT fk_eml_suppressions_source_event_id FOREIGN KEY (source_event_id) REFERENCES eml_events (id) ON DELETE SET NULL;
ALTER TABLE eml_suppressions ADD CONSTRAINT fk_eml_suppressions_created_by_id FOREIGN KEY (created_by_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE eml_queue ADD CONSTRAINT fk_eml_queue_sender_id FOREIGN KEY (sender_id) REFERENCES eml_senders (id) ON DELETE SET NULL;
ALTER TABLE eml_queue ADD CONSTRAINT fk_eml_queue_profile_id FOREIGN KEY (profile_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE eml_queue ADD CONSTRAINT fk_eml_queue_template_id FOREIGN KEY (template_id) REFERENCES eml_templates (id) ON DELETE SET NULL;
ALTER TABLE eml_queue ADD CONSTRAINT fk_eml_queue_template_version_id FOREIGN KEY (template_version_id) REFERENCES eml_template_versions (id) ON DELETE SET NULL;
ALTER TABLE eml_queue ADD CONSTRAINT fk_eml_queue_campaign_id FOREIGN KEY (campaign_id) REFERENCES eml_campaigns (id) ON DELETE SET NULL;
ALTER TABLE eml_queue ADD CONSTRAINT fk_eml_queue_campaign_recipient_id FOREIGN KEY (campaign_recipient_id) REFERENCES eml_campaign_recipients (id) ON DELETE SET NULL;
ALTER TABLE eml_queue ADD CONSTRAINT fk_eml_queue_campaign_step_id FOREIGN KEY (campaign_step_id) REFERENCES eml_campaign_steps (id) ON DELETE SET NULL;
ALTER TABLE eml_template_versions ADD CONSTRAINT fk_eml_template_versions_template_id FOREIGN KEY (template_id) REFERENCES eml_templates (id) ON DELETE CASCADE;
ALTER TABLE eml_template_versions ADD CONSTRAINT fk_eml_template_versions_created_by_id FOREIGN KEY (created_by_id) REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE eml_templates ADD CONSTRAINT fk_eml_templates_default_sender_id FOREIGN KEY (default_sender_id) REFERENCES eml_senders (id) ON DELETE SET NULL;
ALTER TABLE eml_templates ADD CONSTRAINT fk_eml_templates_current_version_id FOREIGN KEY (current_version_id) REFERENCES eml_template_versions (id) ON DELETE SET NULL;
ALTER TABLE eml_templates ADD CONSTRAINT fk_eml_templates_created_by_id FOREIGN KEY (created_by_id) REFERENCES profiles (id) ON DELETE SET NULL;

-- Indexes
CREATE INDEX ix_cms_categories_parent_id_sort_order ON cms_categories (parent_id, sort_order);
CREATE UNIQUE INDEX ux_eml_provider_config_is_default ON eml_provider_config (is_default) WHERE is_default;
CREATE INDEX ix_eml_ses_events_ses_message_id ON eml_ses_events (ses_message_id);
CREATE INDEX ix_eml_ses_events_created_at ON eml_ses_events (created_at) WHERE processed_at IS NULL;
CREATE INDEX ix_nec_zones_zone_type ON nec_zones (zone_type);
CREATE INDEX ix_nec_zones_state_code ON nec_zones (state_code);
CREATE INDEX ix_profiles_profile_type_state_code ON profiles (profile_type, state_code);
CREATE INDEX ix_profiles_state_code_district ON profiles (state_code, district);
CREATE INDEX ix_profiles_created_at ON profiles (created_at DESC);
CREATE INDEX ix_profiles_last_seen_at ON profiles (last_seen_at DESC) WHERE status = 'active';
CREATE UNIQUE INDEX ux_shr_share_templates_default ON shr_share_templates (entity_type, channel, language_code) WHERE is_default;
CREATE INDEX ix_sup_categories_parent_id_sort_order ON sup_categories (parent_id, sort_order);
CREATE INDEX ix_adm_users_invited_by_id ON adm_users (invited_by_id);
CREATE INDEX ix_adm_users_role ON adm_users (role) WHERE is_active;
CREATE INDEX ix_ana_market_prices_product_type_state_code_effective_date ON ana_market_prices (product_type, state_code, effective_date DESC);
CREATE INDEX ix_ana_market_prices_effective_date ON ana_market_prices (effective_date DESC);
CREATE INDEX ix_ana_market_prices_verified_by_id ON ana_market_prices (verified_by_id);
CREATE INDEX ix_ana_market_prices_reported_by_id ON ana_market_prices (reported_by_id);
CREATE INDEX ix_ana_social_kpis_metric_date ON ana_social_kpis (metric_date);
CREATE INDEX ix_ana_social_kpis_week_start_date ON ana_social_kpis (week_start_date);
CREATE INDEX ix_biz_profiles_owner_id ON biz_profiles (owner_id);
CREATE INDEX ix_biz_profiles_business_type_id ON biz_profiles (business_type_id);
CREATE INDEX ix_biz_profiles_status_created_at ON biz_profiles (status, created_at DESC) WHERE deleted_at IS NULL;
CREATE INDEX ix_biz_profiles_specializations ON biz_profiles USING gin (specializations);
CREATE INDEX ix_biz_profiles_search ON biz_profiles USING gin ((to_tsvector('simple', business_name || ' ' || coalesce(display_name, '') || ' ' || coalesce(tagline, ''))));
CREATE INDEX ix_cms_contact_submissions_status_created_at ON cms_contact_submissions (status, created_at DESC);
CREATE INDEX ix_cms_contact_submissions_profile_id ON cms_contact_submissions (profile_id);
CREATE INDEX ix_cms_contact_submissions_handled_by_id ON cms_contact_submissions (handled_by_id);
CREATE INDEX ix_cms_contact_submissions_lower_email ON cms_contact_submissions ((lower(email::text)));
CREATE INDEX ix_cms_early_access_status_created_at ON cms_early_access (status, created_at);
CREATE INDEX ix_cms_early_access_referred_by_id ON cms_early_access (referred_by_id);
CREATE INDEX ix_cms_early_access_converted_profile_id ON cms_early_access (converted_profile_id);
CREATE INDEX ix_cms_newsletter_subscribers_profile_id ON cms_newsletter_subscribers (profile_id);
CREATE INDEX ix_cms_newsletter_subscribers_status ON cms_newsletter_subscribers (status);
CREATE INDEX ix_cms_posts_status_published_at ON cms_posts (status, published_at DESC) WHERE deleted_at IS NULL;
CREATE INDEX ix_cms_posts_author_id ON cms_posts (author_id);
CREATE INDEX ix_cms_posts_category_id_published_at ON cms_posts (category_id, published_at DESC);
CREATE INDEX ix_cms_posts_scheduled_at ON cms_posts (scheduled_at) WHERE status = 'scheduled';
CREATE INDEX ix_eml_domains_provider_config_id ON eml_domains (provider_config_id);
CREATE INDEX ix_int_invitations_inviter_id_created_at ON int_invitations (inviter_id, created_at DESC);
CREATE INDEX ix_int_invitations_accepted_profile_id ON int_invitations (accepted_profile_id);
CREATE INDEX ix_int_invitations_invitee_email ON int_invitations (invitee_email);
CREATE INDEX ix_int_invitations_invitee_phone ON int_invitations (invitee_phone);
CREATE UNIQUE INDEX ux_int_invitations_open_email ON int_invitations (inviter_id, invitee_email) WHERE status IN ('pending', 'sent', 'opened') AND invitee_email IS NOT NULL;
CREATE UNIQUE INDEX ux_int_invitations_open_phone ON int_invitations (inviter_id, invitee_phone) WHERE status IN ('pending', 'sent', 'opened') AND invitee_phone IS NOT NULL;
CREATE INDEX ix_int_invitations_context_type_context_id ON int_invitations (context_type, context_id) WHERE context_id IS NOT NULL;
CREATE INDEX ix_mkt_campaigns_status_starts_on ON mkt_campaigns (status, starts_on);
CREATE INDEX ix_mkt_campaigns_target_segment_id ON mkt_campaigns (target_segment_id);
CREATE INDEX ix_mkt_campaigns_owner_id ON mkt_campaigns (owner_id);
CREATE INDEX ix_mkt_content_pillars_pillar_type_id ON mkt_content_pillars (pillar_type_id);
CREATE INDEX ix_mkt_content_pillars_owner_id ON mkt_content_pillars (owner_id);
CREATE INDEX ix_mkt_content_types_default_channel_id ON mkt_content_types (default_channel_id);
CREATE INDEX ix_mkt_platform_kpis_period_start_on ON mkt_platform_kpis (period_start_on);
CREATE INDEX ix_mkt_platform_kpis_recorded_by_id ON mkt_platform_kpis (recorded_by_id);
CREATE INDEX ix_nec_predictions_forecast_date ON nec_predictions (forecast_date);
CREATE INDEX ix_nec_scraper_logs_scrape_date ON nec_scraper_logs (scrape_date DESC);
CREATE INDEX ix_nec_scraper_logs_zone_id ON nec_scraper_logs (zone_id);
CREATE INDEX ix_nec_scraper_logs_created_at ON nec_scraper_logs (created_at DESC);
CREATE INDEX ix_nec_scraper_logs_status ON nec_scraper_logs (status) WHERE status <> 'success';
CREATE INDEX ix_ntf_templates_updated_by_id ON ntf_templates (updated_by_id);
CREATE INDEX ix_org_profiles_organization_type_id ON org_profiles (organization_type_id);
CREATE INDEX ix_org_profiles_parent_organization_id ON org_profiles (parent_organization_id);
CREATE INDEX ix_org_profiles_created_by_id ON org_profiles (created_by_id);
CREATE INDEX ix_org_profiles_state_code_district ON org_profiles (state_code, district) WHERE deleted_at IS NULL;
CREATE INDEX ix_org_profiles_lower_name ON org_profiles ((lower(name)));
CREATE INDEX ix_prf_email_preferences_preference_key ON prf_email_preferences (preference_key) WHERE NOT is_subscribed;
CREATE INDEX ix_ref_contact_imports_profile_id_created_at ON ref_contact_imports (profile_id, created_at DESC);
CREATE INDEX ix_ref_contact_imports_status ON ref_contact_imports (status) WHERE status IN ('pending', 'processing');
CREATE INDEX ix_ref_dashboard_widgets_profile_id_position ON ref_dashboard_widgets (profile_id, position);
CREATE INDEX ix_ref_skills_created_by_id ON ref_skills (created_by_id);
CREATE INDEX ix_ref_skills_category ON ref_skills (category);
CREATE INDEX ix_ref_skills_synonyms ON ref_skills USING gin (synonyms);
CREATE INDEX ix_shr_entity_comments_entity_type_entity_id_created_at ON shr_entity_comments (entity_type, entity_id, created_at) WHERE deleted_at IS NULL;
CREATE INDEX ix_shr_entity_comments_author_id ON shr_entity_comments (author_id);
CREATE INDEX ix_shr_entity_comments_parent_comment_id ON shr_entity_comments (parent_comment_id);
CREATE INDEX ix_shr_entity_likes_profile_id_created_at ON shr_entity_likes (profile_id, created_at DESC);
CREATE INDEX ix_shr_entity_shares_entity_type_entity_id_created_at ON shr_entity_shares (entity_type, entity_id, created_at DESC);
CREATE INDEX ix_shr_entity_shares_profile_id ON shr_entity_shares (profile_id);
CREATE INDEX ix_shr_entity_shares_template_id ON shr_entity_shares (template_id);
CREATE INDEX ix_soc_blocked_users_blocked_id ON soc_blocked_users (blocked_id);
CREATE INDEX ix_soc_connection_suggestions_suggested_profile_id ON soc_connection_suggestions (suggested_profile_id);
CREATE INDEX ix_soc_connection_suggestions_profile_id_score ON soc_connection_suggestions (profile_id, score DESC) WHERE NOT is_dismissed;
CREATE UNIQUE INDEX ux_soc_connections_pair ON soc_connections ((ARRAY[least(requester_id, addressee_id), greatest(requester_id, addressee_id)]));
CREATE INDEX ix_soc_connections_requester_id_status ON soc_connections (requester_id, status);
CREATE INDEX ix_soc_connections_addressee_id_status ON soc_connections (addressee_id, status);
CREATE INDEX ix_soc_share_tracking_entity_type_entity_id ON soc_share_tracking (entity_type, entity_id);
CREATE INDEX ix_soc_share_tracking_sharer_id_created_at ON soc_share_tracking (sharer_id, created_at DESC);
CREATE INDEX ix_sup_insights_status_created_at ON sup_insights (status, created_at DESC);
CREATE INDEX ix_sup_insights_category_id ON sup_insights (category_id);
CREATE INDEX ix_sup_insights_owner_id ON sup_insights (owner_id);
CREATE INDEX ix_sup_response_templates_category_id ON sup_response_templates (category_id);
CREATE INDEX ix_sup_response_templates_created_by_id ON sup_response_templates (created_by_id);
CREATE INDEX ix_sup_workflows_trigger_event_run_order ON sup_workflows (trigger_event, run_order) WHERE is_active;
CREATE INDEX ix_sup_workflows_created_by_id ON sup_workflows (created_by_id);
CREATE INDEX ix_usr_activity_profile_id_created_at ON usr_activity (profile_id, created_at DESC);
CREATE INDEX ix_usr_activity_entity_type_entity_id ON usr_activity (entity_type, entity_id) WHERE entity_id IS NOT NULL;
CREATE INDEX ix_usr_activity_created_at ON usr_activity USING brin (created_at);
CREATE INDEX ix_usr_badges_badge_key ON usr_badges (badge_key);
CREATE INDEX ix_usr_certifications_profile_id_issued_on ON usr_certifications (profile_id, issued_on DESC);
CREATE INDEX ix_usr_consultant_details_expertise_areas ON usr_consultant_details USING gin (expertise_areas);
CREATE INDEX ix_usr_education_profile_id_end_year ON usr_education (profile_id, end_year DESC);
CREATE INDEX ix_usr_experiences_profile_id_started_on ON usr_experiences (profile_id, started_on DESC);
CREATE INDEX ix_usr_farmer_details_farm_type_state_code ON usr_farmer_details (farm_type, state_code);
CREATE UNIQUE INDEX ux_usr_profile_roles_profile_id ON usr_profile_roles (profile_id) WHERE is_primary;
CREATE INDEX ix_usr_profile_roles_role ON usr_profile_roles (role);
CREATE INDEX ix_usr_researcher_details_research_areas ON usr_researcher_details USING gin (research_areas);
CREATE INDEX ix_usr_supplier_details_supply_categories ON usr_supplier_details USING gin (supply_categories);
CREATE INDEX ix_usr_supplier_details_service_state_codes ON usr_supplier_details USING gin (service_state_codes);
CREATE INDEX ix_usr_verifications_profile_id_verification_type ON usr_verifications (profile_id, verification_type);
CREATE UNIQUE INDEX ux_usr_verifications_profile_id_verification_type ON usr_verifications (profile_id, verification_type) WHERE status IN ('pending', 'in_review');
CREATE INDEX ix_usr_verifications_status_submitted_at ON usr_verifications (status, submitted_at);
CREATE INDEX ix_usr_verifications_reviewer_id ON usr_verifications (reviewer_id);
CREATE INDEX ix_biz_certifications_business_id_sort_order ON biz_certifications (business_id, sort_order);
CREATE INDEX ix_biz_certifications_expires_on ON biz_certifications (expires_on) WHERE NOT is_lifetime AND expires_on IS NOT NULL;
CREATE INDEX ix_biz_contact_info_state_code_district ON biz_contact_info (state_code, district);
CREATE INDEX ix_biz_farm_details_farm_types ON biz_farm_details USING gin (farm_types);
CREATE INDEX ix_biz_locations_business_id_sort_order ON biz_locations (business_id, sort_order);
CREATE UNIQUE INDEX ux_biz_locations_primary ON biz_locations (business_id) WHERE is_primary;
CREATE INDEX ix_biz_locations_state_code_district ON biz_locations (state_code, district);
CREATE INDEX ix_biz_service_areas_state_code_district ON biz_service_areas (state_code, district);
CREATE INDEX ix_biz_service_areas_pin_code ON biz_service_areas (pin_code) WHERE pin_code IS NOT NULL;
CREATE INDEX ix_biz_stats_followers_count ON biz_stats (followers_count DESC);
CREATE INDEX ix_biz_supplier_details_supply_categories ON biz_supplier_details USING gin (supply_categories);
CREATE INDEX ix_biz_team_members_profile_id ON biz_team_members (profile_id);
CREATE INDEX ix_cms_post_tags_tag_id ON cms_post_tags (tag_id);
CREATE INDEX ix_eml_senders_domain_id ON eml_senders (domain_id);
CREATE UNIQUE INDEX ux_eml_senders_category ON eml_senders (category) WHERE is_default;
CREATE INDEX ix_evt_events_event_type_id ON evt_events (event_type_id);
CREATE INDEX ix_evt_events_organization_id_starts_at ON evt_events (organization_id, starts_at DESC);
CREATE INDEX ix_evt_events_business_id ON evt_events (business_id);
CREATE INDEX ix_evt_events_created_by_id ON evt_events (created_by_id);
CREATE INDEX ix_evt_events_starts_at ON evt_events (starts_at) WHERE status = 'published' AND deleted_at IS NULL;
CREATE INDEX ix_evt_events_state_code_district_starts_at ON evt_events (state_code, district, starts_at);
CREATE INDEX ix_evt_events_tags ON evt_events USING gin (tags);
CREATE INDEX ix_int_credentials_business_id ON int_credentials (business_id);
CREATE INDEX ix_int_credentials_organization_id ON int_credentials (organization_id);
CREATE INDEX ix_int_credentials_created_by_id ON int_credentials (created_by_id);
CREATE INDEX ix_job_postings_business_id_created_at ON job_postings (business_id, created_at DESC);
CREATE INDEX ix_job_postings_organization_id_created_at ON job_postings (organization_id, created_at DESC);
CREATE INDEX ix_job_postings_posted_by_id ON job_postings (posted_by_id);
CREATE INDEX ix_job_postings_category_id ON job_postings (category_id);
CREATE INDEX ix_job_postings_job_type_id ON job_postings (job_type_id);
CREATE INDEX ix_job_postings_status_published_at ON job_postings (status, published_at DESC) WHERE deleted_at IS NULL;
CREATE INDEX ix_job_postings_state_code_district ON job_postings (state_code, district) WHERE status = 'published';
CREATE INDEX ix_job_postings_search ON job_postings USING gin ((to_tsvector('simple', title || ' ' || description)));
CREATE INDEX ix_mkt_campaign_pillars_pillar_id ON mkt_campaign_pillars (pillar_id);
CREATE INDEX ix_mkt_pillar_tags_tag_id ON mkt_pillar_tags (tag_id);
CREATE INDEX ix_mkt_topics_status_priority ON mkt_topics (status, priority);
CREATE INDEX ix_mkt_topics_keywords ON mkt_topics USING gin (keywords);
CREATE INDEX ix_msg_conversations_created_by_id ON msg_conversations (created_by_id);
CREATE INDEX ix_msg_conversations_business_id_last_message_at ON msg_conversations (business_id, last_message_at DESC);
CREATE INDEX ix_msg_conversations_entity_type_entity_id ON msg_conversations (entity_type, entity_id);
CREATE INDEX ix_nec_prices_price_date ON nec_prices (price_date DESC);
CREATE INDEX ix_nec_prices_zone_id_price_year_price_month ON nec_prices (zone_id, price_year, price_month);
CREATE INDEX ix_nec_prices_scraper_log_id ON nec_prices (scraper_log_id);
CREATE INDEX ix_ntf_notifications_recipient_id_created_at ON ntf_notifications (recipient_id, created_at DESC);
CREATE INDEX ix_ntf_notifications_unread ON ntf_notifications (recipient_id, created_at DESC) WHERE read_at IS NULL;
CREATE INDEX ix_ntf_notifications_recipient_id_group_key ON ntf_notifications (recipient_id, group_key) WHERE group_key IS NOT NULL AND read_at IS NULL;
CREATE INDEX ix_ntf_notifications_actor_id ON ntf_notifications (actor_id);
CREATE INDEX ix_ntf_notifications_template_id ON ntf_notifications (template_id);
CREATE INDEX ix_ntf_notifications_entity_type_entity_id ON ntf_notifications (entity_type, entity_id);
CREATE INDEX ix_ntf_notifications_expires_at ON ntf_notifications (expires_at) WHERE expires_at IS NOT NULL;
CREATE INDEX ix_org_announcements_organization_id_is_pinned_published_at ON org_announcements (organization_id, is_pinned, published_at DESC);
CREATE INDEX ix_org_announcements_author_id ON org_announcements (author_id);
CREATE INDEX ix_org_committees_parent_committee_id ON org_committees (parent_committee_id);
CREATE INDEX ix_org_leadership_organization_id_is_current_sort_order ON org_leadership (organization_id, is_current, sort_order);
CREATE INDEX ix_org_leadership_profile_id ON org_leadership (profile_id);
CREATE INDEX ix_org_offices_organization_id ON org_offices (organization_id);
CREATE UNIQUE INDEX ux_org_offices_organization_id ON org_offices (organization_id) WHERE is_primary;
CREATE INDEX ix_org_offices_state_code_district ON org_offices (state_code, district);
CREATE INDEX ix_org_resources_organization_id_published_at ON org_resources (organization_id, published_at DESC);
CREATE INDEX ix_org_resources_uploaded_by_id ON org_resources (uploaded_by_id);
CREATE INDEX ix_org_resources_tags ON org_resources USING gin (tags);
CREATE INDEX ix_prd_products_business_id_sort_order ON prd_products (business_id, sort_order);
CREATE UNIQUE INDEX ux_prd_products_business_sku ON prd_products (business_id, sku) WHERE sku IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX ix_prd_products_category_id_status ON prd_products (category_id, status);
CREATE INDEX ix_prd_products_category_path ON prd_products USING gin (category_path);
CREATE INDEX ix_prd_products_bird_types ON prd_products USING gin (bird_types);
CREATE INDEX ix_prd_products_status_created_at ON prd_products (status, created_at DESC) WHERE deleted_at IS NULL;
CREATE INDEX ix_prd_products_search ON prd_products USING gin ((to_tsvector('simple', name || ' ' || coalesce(brand_name, '') || ' ' || coalesce(short_description, ''))));
CREATE INDEX ix_soc_follows_follower_id_created_at ON soc_follows (follower_id, created_at DESC);
CREATE INDEX ix_soc_posts_author_id_created_at ON soc_posts (author_id, created_at DESC);
CREATE INDEX ix_soc_posts_business_id_created_at ON soc_posts (business_id, created_at DESC);
CREATE INDEX ix_soc_posts_organization_id_created_at ON soc_posts (organization_id, created_at DESC);
CREATE INDEX ix_soc_posts_published_at ON soc_posts (published_at DESC) WHERE status = 'published' AND moderation_status = 'visible' AND deleted_at IS NULL;
CREATE INDEX ix_soc_posts_state_code_district_published_at ON soc_posts (state_code, district, published_at DESC) WHERE state_code IS NOT NULL AND status = 'published' AND deleted_at IS NULL;
CREATE INDEX ix_soc_posts_scheduled_at ON soc_posts (scheduled_at) WHERE status = 'scheduled';
CREATE INDEX ix_soc_posts_content_fts ON soc_posts USING gin ((to_tsvector('simple', coalesce(content, ''))));
CREATE INDEX ix_sup_submissions_status_priority_created_at ON sup_submissions (status, priority, created_at);
CREATE INDEX ix_sup_submissions_profile_id_created_at ON sup_submissions (profile_id, created_at DESC);
CREATE INDEX ix_sup_submissions_category_id ON sup_submissions (category_id);
CREATE INDEX ix_sup_submissions_assigned_to_id_status ON sup_submissions (assigned_to_id, status);
CREATE INDEX ix_sup_submissions_workflow_id ON sup_submissions (workflow_id);
CREATE INDEX ix_sup_submissions_duplicate_of_id ON sup_submissions (duplicate_of_id);
CREATE INDEX ix_sup_submissions_entity_type_entity_id ON sup_submissions (entity_type, entity_id) WHERE entity_id IS NOT NULL;
CREATE INDEX ix_usr_profile_skills_skill_id ON usr_profile_skills (skill_id);
CREATE INDEX ix_biz_contact_persons_business_id_contact_type ON biz_contact_persons (business_id, contact_type);
CREATE INDEX ix_evt_exhibitors_event_id_status ON evt_exhibitors (event_id, status);
CREATE INDEX ix_evt_exhibitors_business_id ON evt_exhibitors (business_id);
CREATE INDEX ix_evt_exhibitors_organization_id ON evt_exhibitors (organization_id);
CREATE INDEX ix_evt_exhibitors_primary_contact_id ON evt_exhibitors (primary_contact_id);
CREATE INDEX ix_evt_sessions_event_id_starts_at ON evt_sessions (event_id, starts_at);
CREATE INDEX ix_evt_speakers_profile_id ON evt_speakers (profile_id);
CREATE INDEX ix_mkt_content_ideas_status_created_at ON mkt_content_ideas (status, created_at DESC);
CREATE INDEX ix_mkt_content_ideas_pillar_id ON mkt_content_ideas (pillar_id);
CREATE INDEX ix_mkt_content_ideas_topic_id ON mkt_content_ideas (topic_id);
CREATE INDEX ix_mkt_content_ideas_segment_id ON mkt_content_ideas (segment_id);
CREATE INDEX ix_mkt_content_ideas_content_type_id ON mkt_content_ideas (content_type_id);
CREATE INDEX ix_mkt_content_ideas_submitted_by_id ON mkt_content_ideas (submitted_by_id);
CREATE INDEX ix_mkt_content_ideas_decided_by_id ON mkt_content_ideas (decided_by_id);
CREATE INDEX ix_mkt_topic_segments_segment_id ON mkt_topic_segments (segment_id);
CREATE INDEX ix_msg_messages_conversation_id_created_at ON msg_messages (conversation_id, created_at DESC);
CREATE INDEX ix_msg_messages_reply_to_message_id ON msg_messages (reply_to_message_id);
CREATE INDEX ix_nec_annotations_author_id ON nec_annotations (author_id);
CREATE INDEX ix_nec_annotations_price_id ON nec_annotations (price_id);
CREATE INDEX ix_nec_annotations_zone_id_annotation_date ON nec_annotations (zone_id, annotation_date);
CREATE INDEX ix_nec_annotations_approved_by_id ON nec_annotations (approved_by_id);
CREATE INDEX ix_nec_annotations_created_at ON nec_annotations (created_at DESC) WHERE deleted_at IS NULL;
CREATE INDEX ix_nec_annotations_tags ON nec_annotations USING gin (tags);
CREATE INDEX ix_org_committee_members_profile_id ON org_committee_members (profile_id);
CREATE INDEX ix_org_member_invitations_organization_id_status ON org_member_invitations (organization_id, status);
CREATE INDEX ix_org_member_invitations_invited_by_id ON org_member_invitations (invited_by_id);
CREATE INDEX ix_org_member_invitations_invitee_profile_id ON org_member_invitations (invitee_profile_id);
CREATE INDEX ix_org_member_invitations_invitee_email ON org_member_invitations (invitee_email);
CREATE INDEX ix_org_member_invitations_tier_id ON org_member_invitations (tier_id);
CREATE INDEX ix_org_member_invitations_role_id ON org_member_invitations (role_id);
CREATE INDEX ix_org_members_profile_id ON org_members (profile_id);
CREATE INDEX ix_org_members_tier_id ON org_members (tier_id);
CREATE INDEX ix_org_members_role_id ON org_members (role_id);
CREATE INDEX ix_org_members_organization_id_status ON org_members (organization_id, status);
CREATE INDEX ix_org_membership_applications_organization_id_status ON org_membership_applications (organization_id, status);
CREATE INDEX ix_org_membership_applications_applicant_id ON org_membership_applications (applicant_id);
CREATE INDEX ix_org_membership_applications_tier_id ON org_membership_applications (tier_id);
CREATE INDEX ix_org_membership_applications_reviewed_by_id ON org_membership_applications (reviewed_by_id);
CREATE UNIQUE INDEX ux_org_membership_applications_open ON org_membership_applications (organization_id, applicant_id) WHERE status IN ('submitted', 'under_review');
CREATE INDEX ix_org_membership_history_organization_id_profile_id_created_at ON org_membership_history (organization_id, profile_id, created_at DESC);
CREATE INDEX ix_org_membership_history_profile_id ON org_membership_history (profile_id);
CREATE INDEX ix_org_membership_history_from_tier_id ON org_membership_history (from_tier_id);
CREATE INDEX ix_org_membership_history_to_tier_id ON org_membership_history (to_tier_id);
CREATE INDEX ix_org_membership_history_actor_id ON org_membership_history (actor_id);
CREATE INDEX ix_prd_images_product_id_sort_order ON prd_images (product_id, sort_order);
CREATE UNIQUE INDEX ux_prd_images_primary ON prd_images (product_id) WHERE is_primary;
CREATE INDEX ix_prd_reviews_reviewer_id ON prd_reviews (reviewer_id);
CREATE INDEX ix_prd_reviews_product_id_status_created_at ON prd_reviews (product_id, status, created_at DESC);
CREATE INDEX ix_que_sms_priority_scheduled_at ON que_sms (priority, scheduled_at) WHERE status = 'queued';
CREATE INDEX ix_que_sms_profile_id_created_at ON que_sms (profile_id, created_at DESC);
CREATE INDEX ix_que_sms_credential_id ON que_sms (credential_id);
CREATE INDEX ix_que_sms_provider_provider_message_id ON que_sms (provider, provider_message_id) WHERE provider_message_id IS NOT NULL;
CREATE INDEX ix_que_whatsapp_priority_scheduled_at ON que_whatsapp (priority, scheduled_at) WHERE status = 'queued';
CREATE INDEX ix_que_whatsapp_profile_id_created_at ON que_whatsapp (profile_id, created_at DESC);
CREATE INDEX ix_que_whatsapp_credential_id ON que_whatsapp (credential_id);
CREATE INDEX ix_soc_post_bookmarks_post_id ON soc_post_bookmarks (post_id);
CREATE INDEX ix_soc_post_comments_post_id_created_at ON soc_post_comments (post_id, created_at);
CREATE INDEX ix_soc_post_comments_author_id_created_at ON soc_post_comments (author_id, created_at DESC);
CREATE INDEX ix_soc_post_comments_parent_comment_id_post_id ON soc_post_comments (parent_comment_id, post_id);
CREATE INDEX ix_soc_post_likes_profile_id_created_at ON soc_post_likes (profile_id, created_at DESC);
CREATE INDEX ix_soc_post_reports_reporter_id ON soc_post_reports (reporter_id);
CREATE INDEX ix_soc_post_reports_reviewer_id ON soc_post_reports (reviewer_id);
CREATE INDEX ix_soc_post_reports_status_created_at ON soc_post_reports (status, created_at) WHERE status IN ('open', 'under_review');
CREATE INDEX ix_soc_post_shares_profile_id_created_at ON soc_post_shares (profile_id, created_at DESC);
CREATE INDEX ix_soc_post_tags_tag_created_at ON soc_post_tags (tag, created_at DESC);
CREATE INDEX ix_soc_post_views_post_id_created_at ON soc_post_views (post_id, created_at DESC);
CREATE INDEX ix_soc_post_views_viewer_id_created_at ON soc_post_views (viewer_id, created_at DESC);
CREATE INDEX ix_sup_comments_submission_id_created_at ON sup_comments (submission_id, created_at);
CREATE INDEX ix_sup_comments_author_id ON sup_comments (author_id);
CREATE INDEX ix_sup_comments_response_template_id ON sup_comments (response_template_id);
CREATE INDEX ix_sup_submission_tags_tag_id ON sup_submission_tags (tag_id);
CREATE INDEX ix_sup_submission_tags_tagged_by_id ON sup_submission_tags (tagged_by_id);
CREATE INDEX ix_usr_skill_endorsements_endorser_id ON usr_skill_endorsements (endorser_id);
CREATE INDEX ix_evt_expo_stalls_exhibitor_id ON evt_expo_stalls (exhibitor_id);
CREATE UNIQUE INDEX ux_evt_feedback_responses_event_profile ON evt_feedback_responses (event_id, profile_id) WHERE session_id IS NULL;
CREATE UNIQUE INDEX ux_evt_feedback_responses_session_profile ON evt_feedback_responses (session_id, profile_id) WHERE session_id IS NOT NULL;
CREATE INDEX ix_evt_feedback_responses_event_id_created_at ON evt_feedback_responses (event_id, created_at DESC);
CREATE INDEX ix_evt_feedback_responses_session_id ON evt_feedback_responses (session_id);
CREATE INDEX ix_evt_feedback_responses_profile_id ON evt_feedback_responses (profile_id);
CREATE INDEX ix_evt_registrations_event_id_status ON evt_registrations (event_id, status);
CREATE INDEX ix_evt_registrations_profile_id ON evt_registrations (profile_id);
CREATE INDEX ix_evt_registrations_ticket_type_id ON evt_registrations (ticket_type_id);
CREATE INDEX ix_evt_registrations_attendee_email ON evt_registrations (attendee_email);
CREATE INDEX ix_evt_resources_event_id_sort_order ON evt_resources (event_id, sort_order);
CREATE INDEX ix_evt_resources_session_id ON evt_resources (session_id);
CREATE INDEX ix_evt_resources_uploaded_by_id ON evt_resources (uploaded_by_id);
CREATE INDEX ix_evt_sponsors_event_id_sort_order ON evt_sponsors (event_id, sort_order);
CREATE INDEX ix_evt_sponsors_tier_id ON evt_sponsors (tier_id);
CREATE INDEX ix_evt_sponsors_business_id ON evt_sponsors (business_id);
CREATE INDEX ix_evt_sponsors_organization_id ON evt_sponsors (organization_id);
CREATE INDEX ix_mkt_content_status_due_on ON mkt_content (status, due_on) WHERE deleted_at IS NULL;
CREATE INDEX ix_mkt_content_content_type_id ON mkt_content (content_type_id);
CREATE INDEX ix_mkt_content_pillar_id ON mkt_content (pillar_id);
CREATE INDEX ix_mkt_content_topic_id ON mkt_content (topic_id);
CREATE INDEX ix_mkt_content_idea_id ON mkt_content (idea_id);
CREATE INDEX ix_mkt_content_segment_id ON mkt_content (segment_id);
CREATE INDEX ix_mkt_content_author_id ON mkt_content (author_id);
CREATE INDEX ix_mkt_content_reviewer_id ON mkt_content (reviewer_id);
CREATE INDEX ix_mkt_content_cms_post_id ON mkt_content (cms_post_id);
CREATE INDEX ix_msg_participants_profile_id_conversation_id ON msg_participants (profile_id, conversation_id);
CREATE INDEX ix_msg_participants_last_read_message_id ON msg_participants (last_read_message_id);
CREATE INDEX ix_msg_reactions_profile_id ON msg_reactions (profile_id);
CREATE INDEX ix_msg_read_receipts_profile_id ON msg_read_receipts (profile_id);
CREATE INDEX ix_nec_annotation_metadata_verified_by_id ON nec_annotation_metadata (verified_by_id);
CREATE INDEX ix_que_offline_messages_message_id ON que_offline_messages (message_id);
CREATE INDEX ix_que_offline_messages_recipient_id_created_at ON que_offline_messages (recipient_id, created_at) WHERE status = 'pending';
CREATE INDEX ix_soc_comment_likes_profile_id ON soc_comment_likes (profile_id);
CREATE INDEX ix_sup_attachments_submission_id ON sup_attachments (submission_id);
CREATE INDEX ix_sup_attachments_comment_id ON sup_attachments (comment_id);
CREATE INDEX ix_sup_attachments_uploaded_by_id ON sup_attachments (uploaded_by_id);
CREATE INDEX ix_evt_checkins_registration_id_created_at ON evt_checkins (registration_id, created_at);
CREATE INDEX ix_evt_checkins_session_id ON evt_checkins (session_id);
CREATE INDEX ix_evt_checkins_checked_in_by_id ON evt_checkins (checked_in_by_id);
CREATE INDEX ix_mkt_campaign_content_content_id ON mkt_campaign_content (content_id);
CREATE INDEX ix_mkt_content_schedule_channel_id_scheduled_at ON mkt_content_schedule (channel_id, scheduled_at);
CREATE INDEX ix_mkt_content_schedule_scheduled_at ON mkt_content_schedule (scheduled_at) WHERE status IN ('planned', 'queued');
CREATE INDEX ix_mkt_content_schedule_scheduled_by_id ON mkt_content_schedule (scheduled_by_id);
CREATE INDEX ix_mkt_content_tags_tag_id ON mkt_content_tags (tag_id);
CREATE INDEX ix_eml_campaign_recipients_profile_id ON eml_campaign_recipients (profile_id);
CREATE INDEX ix_eml_campaign_recipients_current_step_id ON eml_campaign_recipients (current_step_id);
CREATE INDEX ix_eml_campaign_recipients_next_send_at ON eml_campaign_recipients (next_send_at) WHERE status IN ('pending', 'active');
CREATE INDEX ix_eml_campaign_steps_template_id ON eml_campaign_steps (template_id);
CREATE INDEX ix_eml_campaigns_status_scheduled_at ON eml_campaigns (status, scheduled_at);
CREATE INDEX ix_eml_campaigns_sender_id ON eml_campaigns (sender_id);
CREATE INDEX ix_eml_campaigns_template_id ON eml_campaigns (template_id);
CREATE INDEX ix_eml_campaigns_created_by_id ON eml_campaigns (created_by_id);
CREATE INDEX ix_eml_campaigns_utm_campaign ON eml_campaigns (utm_campaign);
CREATE INDEX ix_eml_events_queue_id ON eml_events (queue_id);
CREATE INDEX ix_eml_events_ses_event_id ON eml_events (ses_event_id);
CREATE INDEX ix_eml_events_campaign_id_event_type ON eml_events (campaign_id, event_type);
CREATE INDEX ix_eml_events_profile_id_occurred_at ON eml_events (profile_id, occurred_at DESC);
CREATE INDEX ix_eml_events_email_occurred_at ON eml_events (email, occurred_at DESC);
CREATE INDEX ix_eml_events_ses_message_id ON eml_events (ses_message_id);
CREATE INDEX ix_eml_events_occurred_at ON eml_events USING brin (occurred_at);
CREATE INDEX ix_eml_suppressions_profile_id ON eml_suppressions (profile_id);
CREATE INDEX ix_eml_suppressions_source_event_id ON eml_suppressions (source_event_id);
CREATE INDEX ix_eml_suppressions_created_by_id ON eml_suppressions (created_by_id);
CREATE INDEX ix_eml_queue_priority_scheduled_at ON eml_queue (priority, scheduled_at) WHERE status = 'queued';
CREATE INDEX ix_eml_queue_locked_at ON eml_queue (locked_at) WHERE status = 'processing';
CREATE INDEX ix_eml_queue_sender_id ON eml_queue (sender_id);
CREATE INDEX ix_eml_queue_profile_id_created_at ON eml_queue (profile_id, created_at DESC);
CREATE INDEX ix_eml_queue_template_id ON eml_queue (template_id);
CREATE INDEX ix_eml_queue_template_version_id ON eml_queue (template_version_id);
CREATE INDEX ix_eml_queue_campaign_id ON eml_queue (campaign_id);
CREATE INDEX ix_eml_queue_campaign_recipient_id ON eml_queue (campaign_recipient_id);
CREATE INDEX ix_eml_queue_campaign_step_id ON eml_queue (campaign_step_id);
CREATE INDEX ix_eml_queue_to_email ON eml_queue (to_email);
CREATE INDEX ix_eml_template_versions_created_by_id ON eml_template_versions (created_by_id);
CREATE INDEX ix_eml_templates_default_sender_id ON eml_templates (default_sender_id);
CREATE INDEX ix_eml_templates_current_version_id ON eml_templates (current_version_id);
CREATE INDEX ix_eml_templates_created_by_id ON eml_templates (created_by_id);

-- updated_at triggers
CREATE OR REPLACE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$$;
CREATE TRIGGER trg_adm_users_updated_at BEFORE UPDATE ON adm_users FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_ana_feedback_stats_updated_at BEFORE UPDATE ON ana_feedback_stats FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_ana_market_prices_updated_at BEFORE UPDATE ON ana_market_prices FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_ana_ndp_categories_updated_at BEFORE UPDATE ON ana_ndp_categories FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_ana_social_kpis_updated_at BEFORE UPDATE ON ana_social_kpis FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_biz_certifications_updated_at BEFORE UPDATE ON biz_certifications FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_biz_contact_info_updated_at BEFORE UPDATE ON biz_contact_info FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_biz_contact_persons_updated_at BEFORE UPDATE ON biz_contact_persons FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_biz_farm_details_updated_at BEFORE UPDATE ON biz_farm_details FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_biz_locations_updated_at BEFORE UPDATE ON biz_locations FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_biz_profiles_updated_at BEFORE UPDATE ON biz_profiles FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_biz_service_areas_updated_at BEFORE UPDATE ON biz_service_areas FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_biz_stats_updated_at BEFORE UPDATE ON biz_stats FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_biz_supplier_details_updated_at BEFORE UPDATE ON biz_supplier_details FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_biz_team_members_updated_at BEFORE UPDATE ON biz_team_members FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_cms_categories_updated_at BEFORE UPDATE ON cms_categories FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_cms_contact_submissions_updated_at BEFORE UPDATE ON cms_contact_submissions FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_cms_early_access_updated_at BEFORE UPDATE ON cms_early_access FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_cms_newsletter_subscribers_updated_at BEFORE UPDATE ON cms_newsletter_subscribers FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_cms_posts_updated_at BEFORE UPDATE ON cms_posts FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_cms_tags_updated_at BEFORE UPDATE ON cms_tags FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_eml_campaign_recipients_updated_at BEFORE UPDATE ON eml_campaign_recipients FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_eml_campaign_steps_updated_at BEFORE UPDATE ON eml_campaign_steps FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_eml_campaigns_updated_at BEFORE UPDATE ON eml_campaigns FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_eml_domains_updated_at BEFORE UPDATE ON eml_domains FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_eml_provider_config_updated_at BEFORE UPDATE ON eml_provider_config FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_eml_queue_updated_at BEFORE UPDATE ON eml_queue FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_eml_senders_updated_at BEFORE UPDATE ON eml_senders FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_eml_ses_events_updated_at BEFORE UPDATE ON eml_ses_events FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_eml_suppressions_updated_at BEFORE UPDATE ON eml_suppressions FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_eml_template_versions_updated_at BEFORE UPDATE ON eml_template_versions FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_eml_templates_updated_at BEFORE UPDATE ON eml_templates FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_evt_events_updated_at BEFORE UPDATE ON evt_events FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_evt_exhibitors_updated_at BEFORE UPDATE ON evt_exhibitors FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_evt_expo_stalls_updated_at BEFORE UPDATE ON evt_expo_stalls FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_evt_feedback_responses_updated_at BEFORE UPDATE ON evt_feedback_responses FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_evt_registrations_updated_at BEFORE UPDATE ON evt_registrations FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_evt_resources_updated_at BEFORE UPDATE ON evt_resources FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_evt_sessions_updated_at BEFORE UPDATE ON evt_sessions FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_evt_speakers_updated_at BEFORE UPDATE ON evt_speakers FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_evt_sponsor_tiers_updated_at BEFORE UPDATE ON evt_sponsor_tiers FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_evt_sponsors_updated_at BEFORE UPDATE ON evt_sponsors FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_evt_ticket_types_updated_at BEFORE UPDATE ON evt_ticket_types FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_int_credentials_updated_at BEFORE UPDATE ON int_credentials FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_int_invitations_updated_at BEFORE UPDATE ON int_invitations FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_job_postings_updated_at BEFORE UPDATE ON job_postings FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_mkt_campaign_content_updated_at BEFORE UPDATE ON mkt_campaign_content FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_mkt_campaign_pillars_updated_at BEFORE UPDATE ON mkt_campaign_pillars FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_mkt_campaigns_updated_at BEFORE UPDATE ON mkt_campaigns FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_mkt_channels_updated_at BEFORE UPDATE ON mkt_channels FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_mkt_content_updated_at BEFORE UPDATE ON mkt_content FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_mkt_content_ideas_updated_at BEFORE UPDATE ON mkt_content_ideas FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_mkt_content_pillars_updated_at BEFORE UPDATE ON mkt_content_pillars FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_mkt_content_schedule_updated_at BEFORE UPDATE ON mkt_content_schedule FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_mkt_content_types_updated_at BEFORE UPDATE ON mkt_content_types FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_mkt_pillar_types_updated_at BEFORE UPDATE ON mkt_pillar_types FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_mkt_platform_kpis_updated_at BEFORE UPDATE ON mkt_platform_kpis FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_mkt_segments_updated_at BEFORE UPDATE ON mkt_segments FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_mkt_tags_updated_at BEFORE UPDATE ON mkt_tags FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_mkt_topic_segments_updated_at BEFORE UPDATE ON mkt_topic_segments FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_mkt_topics_updated_at BEFORE UPDATE ON mkt_topics FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_msg_conversations_updated_at BEFORE UPDATE ON msg_conversations FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_msg_messages_updated_at BEFORE UPDATE ON msg_messages FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_msg_participants_updated_at BEFORE UPDATE ON msg_participants FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_nec_annotation_metadata_updated_at BEFORE UPDATE ON nec_annotation_metadata FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_nec_annotations_updated_at BEFORE UPDATE ON nec_annotations FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_nec_prices_updated_at BEFORE UPDATE ON nec_prices FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_nec_zones_updated_at BEFORE UPDATE ON nec_zones FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_ntf_notifications_updated_at BEFORE UPDATE ON ntf_notifications FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_ntf_preferences_updated_at BEFORE UPDATE ON ntf_preferences FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_ntf_templates_updated_at BEFORE UPDATE ON ntf_templates FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_org_announcements_updated_at BEFORE UPDATE ON org_announcements FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_org_committee_members_updated_at BEFORE UPDATE ON org_committee_members FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_org_committees_updated_at BEFORE UPDATE ON org_committees FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_org_contact_info_updated_at BEFORE UPDATE ON org_contact_info FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_org_leadership_updated_at BEFORE UPDATE ON org_leadership FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_org_member_invitations_updated_at BEFORE UPDATE ON org_member_invitations FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_org_members_updated_at BEFORE UPDATE ON org_members FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_org_membership_applications_updated_at BEFORE UPDATE ON org_membership_applications FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_org_membership_tiers_updated_at BEFORE UPDATE ON org_membership_tiers FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_org_offices_updated_at BEFORE UPDATE ON org_offices FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_org_profiles_updated_at BEFORE UPDATE ON org_profiles FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_org_resources_updated_at BEFORE UPDATE ON org_resources FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_org_roles_updated_at BEFORE UPDATE ON org_roles FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_org_stats_updated_at BEFORE UPDATE ON org_stats FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_prd_images_updated_at BEFORE UPDATE ON prd_images FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_prd_products_updated_at BEFORE UPDATE ON prd_products FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_prd_reviews_updated_at BEFORE UPDATE ON prd_reviews FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_prf_email_preferences_updated_at BEFORE UPDATE ON prf_email_preferences FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_profiles_updated_at BEFORE UPDATE ON profiles FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_que_offline_messages_updated_at BEFORE UPDATE ON que_offline_messages FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_que_sms_updated_at BEFORE UPDATE ON que_sms FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_que_whatsapp_updated_at BEFORE UPDATE ON que_whatsapp FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_ref_business_types_updated_at BEFORE UPDATE ON ref_business_types FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_ref_contact_imports_updated_at BEFORE UPDATE ON ref_contact_imports FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_ref_dashboard_widgets_updated_at BEFORE UPDATE ON ref_dashboard_widgets FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_ref_entity_types_updated_at BEFORE UPDATE ON ref_entity_types FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_ref_event_types_updated_at BEFORE UPDATE ON ref_event_types FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_ref_job_categories_updated_at BEFORE UPDATE ON ref_job_categories FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_ref_job_types_updated_at BEFORE UPDATE ON ref_job_types FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_ref_organization_types_updated_at BEFORE UPDATE ON ref_organization_types FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_ref_product_categories_updated_at BEFORE UPDATE ON ref_product_categories FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_ref_service_attributes_updated_at BEFORE UPDATE ON ref_service_attributes FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_ref_service_categories_updated_at BEFORE UPDATE ON ref_service_categories FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_ref_skills_updated_at BEFORE UPDATE ON ref_skills FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_shr_entity_comments_updated_at BEFORE UPDATE ON shr_entity_comments FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_shr_share_templates_updated_at BEFORE UPDATE ON shr_share_templates FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_soc_connection_suggestions_updated_at BEFORE UPDATE ON soc_connection_suggestions FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_soc_connections_updated_at BEFORE UPDATE ON soc_connections FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_soc_post_comments_updated_at BEFORE UPDATE ON soc_post_comments FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_soc_post_reports_updated_at BEFORE UPDATE ON soc_post_reports FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_soc_post_shares_updated_at BEFORE UPDATE ON soc_post_shares FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_soc_posts_updated_at BEFORE UPDATE ON soc_posts FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_soc_share_tracking_updated_at BEFORE UPDATE ON soc_share_tracking FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_sup_categories_updated_at BEFORE UPDATE ON sup_categories FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_sup_comments_updated_at BEFORE UPDATE ON sup_comments FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_sup_insights_updated_at BEFORE UPDATE ON sup_insights FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_sup_response_templates_updated_at BEFORE UPDATE ON sup_response_templates FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_sup_submissions_updated_at BEFORE UPDATE ON sup_submissions FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_sup_tags_updated_at BEFORE UPDATE ON sup_tags FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_sup_workflows_updated_at BEFORE UPDATE ON sup_workflows FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_usr_badges_updated_at BEFORE UPDATE ON usr_badges FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_usr_certifications_updated_at BEFORE UPDATE ON usr_certifications FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_usr_completeness_checks_updated_at BEFORE UPDATE ON usr_completeness_checks FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_usr_consultant_details_updated_at BEFORE UPDATE ON usr_consultant_details FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_usr_education_updated_at BEFORE UPDATE ON usr_education FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_usr_experiences_updated_at BEFORE UPDATE ON usr_experiences FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_usr_farmer_details_updated_at BEFORE UPDATE ON usr_farmer_details FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_usr_preferences_updated_at BEFORE UPDATE ON usr_preferences FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_usr_privacy_settings_updated_at BEFORE UPDATE ON usr_privacy_settings FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_usr_profile_roles_updated_at BEFORE UPDATE ON usr_profile_roles FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_usr_profile_skills_updated_at BEFORE UPDATE ON usr_profile_skills FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_usr_researcher_details_updated_at BEFORE UPDATE ON usr_researcher_details FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_usr_stats_updated_at BEFORE UPDATE ON usr_stats FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_usr_supplier_details_updated_at BEFORE UPDATE ON usr_supplier_details FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_usr_verifications_updated_at BEFORE UPDATE ON usr_verifications FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_usr_veterinarian_details_updated_at BEFORE UPDATE ON usr_veterinarian_details FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- Comments
COMMENT ON TYPE adm_role IS 'Back-office role of a staff member.';
COMMENT ON TYPE ana_market_product_type IS 'Product whose price is recorded on the market price board.';
COMMENT ON TYPE ana_price_source IS 'Where a market price came from.';
COMMENT ON TYPE biz_company_size IS 'Head-count band: micro 1-10, small 11-50, medium 51-200, large 201-500, enterprise 500+.';
COMMENT ON TYPE biz_contact_type IS 'What a contact person handles for the business.';
COMMENT ON TYPE biz_coverage_type IS 'Granularity of a service area.';
COMMENT ON TYPE biz_farm_type IS 'Bird or operation types a farm runs (farming systems are in biz_farming_system).';
COMMENT ON TYPE biz_profile_status IS 'Lifecycle of a business page.';
COMMENT ON TYPE cms_contact_status IS 'Handling state of a contact-form submission.';
COMMENT ON TYPE cms_content_format IS 'Markup the body is stored in.';
COMMENT ON TYPE cms_early_access_status IS 'Where an early-access signup stands.';
COMMENT ON TYPE cms_inquiry_type IS 'What a contact-form visitor is asking about.';
COMMENT ON TYPE cms_post_status IS 'Editorial lifecycle of a blog post or page.';
COMMENT ON TYPE cms_subscriber_status IS 'Newsletter subscription state (double opt-in).';
COMMENT ON TYPE eml_campaign_kind IS 'broadcast: one send to an audience; drip: timed sequence of steps; newsletter: recurring issue; triggered: steps started by an event (signup, inactivity).';
COMMENT ON TYPE eml_event_type IS 'Normalised delivery and engagement events (SES event publishing types plus unsubscribe).';
COMMENT ON TYPE eml_message_category IS 'Category of a message; decides sender, suppression scope and which opt-outs apply.';
COMMENT ON TYPE eml_provider IS 'Sending back end.';
COMMENT ON TYPE eml_recipient_status IS 'Progress of one recipient through a campaign.';
COMMENT ON TYPE eml_suppression_scope IS 'all: no e-mail at all except security mail; marketing: no marketing, newsletter or digest mail.';
COMMENT ON TYPE eml_verification_status IS 'Identity verification state, as reported by SES.';
COMMENT ON TYPE evt_speaker_role IS 'Role on stage; chief guest and guest of honour are customary at Indian events.';
COMMENT ON TYPE evt_visibility IS 'Who can see and register: everyone, members of the organizing organization, people with the link, or invitees.';
COMMENT ON TYPE int_provider IS 'External systems PoultryCo integrates with.';
COMMENT ON TYPE job_application_method IS 'internal: apply on PoultryCo; external: on the employer''s site; email or phone: contact the employer.';
COMMENT ON TYPE job_education_level IS 'Minimum schooling: tenth = SSLC, twelfth = HSC/PUC, iti = industrial training certificate.';
COMMENT ON TYPE mkt_campaign_objective IS 'Primary goal of a marketing campaign.';
COMMENT ON TYPE mkt_channel_kind IS 'Family of a marketing channel.';
COMMENT ON TYPE mkt_content_status IS 'Production lifecycle of a content item.';
COMMENT ON TYPE mkt_idea_source IS 'Where a content idea came from.';
COMMENT ON TYPE mkt_idea_status IS 'Triage state of a content idea.';
COMMENT ON TYPE mkt_kpi_granularity IS 'Length of the period a KPI row covers.';
COMMENT ON TYPE mkt_kpi_source IS 'How a KPI row was obtained.';
COMMENT ON TYPE mkt_schedule_status IS 'State of one scheduled publication slot.';
COMMENT ON TYPE mkt_topic_status IS 'Whether a topic is still worth writing about.';
COMMENT ON TYPE msg_conversation_type IS 'Kind of conversation.';
COMMENT ON TYPE msg_message_type IS 'What a message carries; drives how the app renders it.';
COMMENT ON TYPE msg_participant_role IS 'A participant''s rights in a conversation.';
COMMENT ON TYPE nec_annotation_type IS 'What an expert annotation on the price series is about.';
COMMENT ON TYPE nec_impact_level IS 'Expected market impact of an annotated event.';
COMMENT ON TYPE nec_model_provider IS 'Who produced a price prediction.';
COMMENT ON TYPE nec_price_source IS 'How a price row entered the system.';
COMMENT ON TYPE nec_scrape_mode IS 'What started a scrape run.';
COMMENT ON TYPE nec_scrape_status IS 'Outcome of a scrape run.';
COMMENT ON TYPE nec_zone_type IS 'Whether a zone is an egg production centre or a consumption centre.';
COMMENT ON TYPE ntf_category IS 'Area a notification belongs to; members set preferences per category.';
COMMENT ON TYPE ntf_delivery_channel IS 'How a notification reaches a member.';
COMMENT ON TYPE ntf_frequency IS 'How often a member wants a category on a channel.';
COMMENT ON TYPE ntf_priority IS 'Urgency; critical notifications (security, disease alerts) ignore quiet hours.';
COMMENT ON TYPE org_content_visibility IS 'Audience of a resource, announcement or survey.';
COMMENT ON TYPE org_member_kind IS 'Kind of member a tier admits.';
COMMENT ON TYPE org_membership_approval IS 'How new members are admitted.';
COMMENT ON TYPE org_membership_event IS 'Kind of change recorded in the membership history.';
COMMENT ON TYPE org_permission IS 'Permissions an organization role can grant.';
COMMENT ON TYPE org_registration_type IS 'Legal form under which the organization is registered in India.';
COMMENT ON TYPE org_scope IS 'Geographic reach of the organization.';
COMMENT ON TYPE org_verification_status IS 'Platform verification of the organization''s legal identity.';
COMMENT ON TYPE org_visibility IS 'Who can see the organization page.';
COMMENT ON TYPE prd_bird_stage IS 'Production stage a product is meant for.';
COMMENT ON TYPE prd_unit IS 'Units products are sold and quoted in (tray = 30 eggs; dose and vial for vaccines).';
COMMENT ON TYPE prf_unsubscribe_source IS 'How a member turned an e-mail preference off.';
COMMENT ON TYPE profile_status IS 'Account lifecycle; only active profiles appear in search and feeds.';
COMMENT ON TYPE profile_type IS 'The professional role a member signs up as.';
COMMENT ON TYPE que_sms_category IS 'TRAI DLT message category.';
COMMENT ON TYPE que_status IS 'Delivery state of a queued outbound message.';
COMMENT ON TYPE que_whatsapp_category IS 'WhatsApp conversation category a message is billed under.';
COMMENT ON TYPE ref_attribute_data_type IS 'Value type of a configurable attribute.';
COMMENT ON TYPE ref_contact_import_source IS 'Where an address-book import came from.';
COMMENT ON TYPE ref_contact_import_status IS 'Processing state of an address-book import.';
COMMENT ON TYPE ref_dashboard_widget_type IS 'Widgets a member can place on the home dashboard.';
COMMENT ON TYPE ref_skill_category IS 'Broad family a skill belongs to.';
COMMENT ON TYPE shr_reaction IS 'Kind of like a member gives.';
COMMENT ON TYPE shr_share_channel IS 'Where an entity was shared: re-shared in the feed or sent out to another app.';
COMMENT ON TYPE soc_connection_status IS 'State of a connection request.';
COMMENT ON TYPE soc_follow_target IS 'Kind of entity a follow points at.';
COMMENT ON TYPE soc_moderation_status IS 'Trust-and-safety state of a post or comment, set by moderators or automatic filters.';
COMMENT ON TYPE soc_post_status IS 'Lifecycle of a post as its author sees it.';
COMMENT ON TYPE soc_post_type IS 'What a post mainly carries; drives how the feed renders it.';
COMMENT ON TYPE soc_post_visibility IS 'Who can see a post.';
COMMENT ON TYPE soc_report_reason IS 'Why content was reported.';
COMMENT ON TYPE soc_report_status IS 'Review state of a content report.';
COMMENT ON TYPE soc_share_channel IS 'Where a member shared PoultryCo content outside the platform.';
COMMENT ON TYPE soc_suggestion_reason IS 'Why a member is suggested as a connection.';
COMMENT ON TYPE soc_view_source IS 'Surface on which a post was viewed.';
COMMENT ON TYPE sup_channel IS 'Where a submission came in.';
COMMENT ON TYPE sup_insight_origin IS 'Whether an insight was found by a model or written by staff.';
COMMENT ON TYPE sup_status IS 'Handling state of a submission.';
COMMENT ON TYPE sup_submission_type IS 'What kind of feedback or request a submission is.';
COMMENT ON TYPE sup_workflow_trigger IS 'Event that runs an automation workflow.';
COMMENT ON TYPE usr_activity_type IS 'Kind of member activity recorded in usr_activity.';
COMMENT ON TYPE usr_consultation_mode IS 'How a consultant or veterinarian can be consulted.';
COMMENT ON TYPE usr_farm_type IS 'Main production system of a farm.';
COMMENT ON TYPE usr_housing_system IS 'How birds are housed.';
COMMENT ON TYPE usr_message_permission IS 'Who may start a conversation with the member.';
COMMENT ON TYPE usr_role IS 'Professional roles a member can hold (same set as profile_type, without other).';
COMMENT ON TYPE usr_supply_category IS 'What a supplier sells.';
COMMENT ON TYPE usr_verification_type IS 'What a verification request proves.';
COMMENT ON TYPE usr_vet_qualification IS 'Highest veterinary qualification (Veterinary Council of India recognised degrees).';
COMMENT ON TYPE usr_visibility IS 'Audience a piece of profile information is shown to.';
COMMENT ON TABLE ana_ndp_categories IS 'Need-Desire-Pain categories of the content framework (Fear, Pain point, Problem, Need, Desire, Fantasy), used to classify marketing topics and measure which resonate.';
COMMENT ON COLUMN ana_ndp_categories.color IS 'Hex colour for charts, e.g. #EF4444.';
COMMENT ON COLUMN ana_ndp_categories.icon IS 'Emoji or icon name.';
COMMENT ON TABLE cms_categories IS 'Blog categories (Layer management, Broiler nutrition, Disease & biosecurity, Market prices …); may nest one level under a parent.';
COMMENT ON COLUMN cms_categories.parent_id IS 'Parent category; null for a top-level category.';
COMMENT ON COLUMN cms_categories.slug IS 'URL segment; lower-case words joined by hyphens.';
COMMENT ON COLUMN cms_categories.post_count IS 'Denormalised count of published posts in the category.';
COMMENT ON TABLE cms_tags IS 'Free tags on blog posts (e.g. avian-influenza, necc, layer-feed).';
COMMENT ON COLUMN cms_tags.post_count IS 'Denormalised count of published posts with the tag.';
COMMENT ON TABLE eml_provider_config IS 'Sending back ends (AWS SES accounts per region, SMTP for local development); exactly one may be the default.';
COMMENT ON COLUMN eml_provider_config.aws_region IS 'AWS region of the SES account, e.g. ap-south-1 (Mumbai).';
COMMENT ON COLUMN eml_provider_config.configuration_set IS 'SES configuration set whose event destination publishes to sns_topic_arn.';
COMMENT ON COLUMN eml_provider_config.sns_topic_arn IS 'SNS topic that receives SES notifications.';
COMMENT ON COLUMN eml_provider_config.credentials_secret_arn IS 'ARN of the Secrets Manager secret with the credentials; credentials are never stored here.';
COMMENT ON COLUMN eml_provider_config.is_sandbox IS 'SES sandbox mode (only verified recipients).';
COMMENT ON COLUMN eml_provider_config.daily_quota IS 'Messages allowed per 24 hours.';
COMMENT ON COLUMN eml_provider_config.max_send_rate IS 'Messages allowed per second.';
COMMENT ON TABLE eml_ses_events IS 'Raw SES notifications as received from SNS, kept for audit and re-processing.';
COMMENT ON COLUMN eml_ses_events.sns_message_id IS 'SNS MessageId; makes delivery idempotent.';
COMMENT ON COLUMN eml_ses_events.notification_type IS 'SES eventType / notificationType, e.g. Bounce, Complaint, Delivery, Open, Click.';
COMMENT ON COLUMN eml_ses_events.ses_message_id IS 'mail.messageId of the message the notification is about.';
COMMENT ON COLUMN eml_ses_events.payload IS 'The notification body as received.';
COMMENT ON TABLE mkt_channels IS 'Channels PoultryCo publishes or advertises on (Instagram, YouTube, LinkedIn, WhatsApp community, newsletter, blog, field events …).';
COMMENT ON COLUMN mkt_channels.platform IS 'Platform name, e.g. instagram, youtube, linkedin, whatsapp.';
COMMENT ON COLUMN mkt_channels.account_handle IS 'Handle or page name on the platform.';
COMMENT ON COLUMN mkt_channels.language IS 'Main language of the channel (BCP 47).';
COMMENT ON COLUMN mkt_channels.is_owned IS 'False for paid or partner channels.';
COMMENT ON COLUMN mkt_channels.follower_count IS 'Latest known audience size.';
COMMENT ON TABLE mkt_pillar_types IS 'Kinds of content pillar (educational, market intelligence, community stories, product, thought leadership …).';
COMMENT ON COLUMN mkt_pillar_types.color IS 'Hex colour for the planning calendar, e.g. #F5A623.';
COMMENT ON TABLE mkt_segments IS 'Stakeholder segments marketing content is aimed at (layer farmers, broiler integrators, poultry vets, feed dealers, hatcheries …).';
COMMENT ON COLUMN mkt_segments.code IS 'Stable key used in reports and UTM content.';
COMMENT ON COLUMN mkt_segments.profile_type IS 'Member type the segment maps to, when it maps to one.';
COMMENT ON COLUMN mkt_segments.estimated_size IS 'Estimated number of people in India in the segment.';
COMMENT ON COLUMN mkt_segments.priority IS '1 is the highest priority.';
COMMENT ON COLUMN mkt_segments.preferred_languages IS 'BCP 47 codes the segment reads best in, e.g. {te,hi}.';
COMMENT ON COLUMN mkt_segments.state_codes IS 'Indian states where the segment is concentrated; empty means nationwide.';
COMMENT ON TABLE mkt_tags IS 'Free tags for content items and pillars.';
COMMENT ON TABLE nec_zones IS 'NECC price zones (Namakkal, Hyderabad, Barwala, Mumbai ...), production or consumption centres.';
COMMENT ON COLUMN nec_zones.slug IS 'URL-safe key used in /necc pages, e.g. namakkal.';
COMMENT ON COLUMN nec_zones.name IS 'Zone name as NECC publishes it.';
COMMENT ON COLUMN nec_zones.zone_code IS 'NECC''s own code for the zone, when it has one.';
COMMENT ON COLUMN nec_zones.state_code IS 'Two-letter Indian state code, e.g. TN (as profiles.state_code).';
COMMENT ON COLUMN nec_zones.sort_order IS 'Display order (legacy sorting).';
COMMENT ON COLUMN nec_zones.is_active IS 'Still published by NECC (legacy status).';
COMMENT ON TABLE profiles IS 'Every PoultryCo member; one row per authenticated user. The hub all modules reference.';
COMMENT ON COLUMN profiles.auth_user_id IS 'Identity of the member in the auth provider.';
COMMENT ON COLUMN profiles.handle IS 'Public @handle used in profile URLs: 3-30 characters of letters, digits, _ and ., compared case-insensitively.';
COMMENT ON COLUMN profiles.email IS 'Login and contact e-mail; optional for members who sign up by mobile OTP.';
COMMENT ON COLUMN profiles.phone IS 'E.164 mobile number, e.g. +919876543210.';
COMMENT ON COLUMN profiles.headline IS 'One-line professional summary shown under the name, e.g. Layer farmer, 50,000 birds, Namakkal.';
COMMENT ON COLUMN profiles.cover_image_url IS 'Banner image shown at the top of the profile page.';
COMMENT ON COLUMN profiles.state_code IS 'Two-letter Indian state code, e.g. TN or AP (geo_states.code).';
COMMENT ON COLUMN profiles.district IS 'District name as chosen in the state/district picker.';
COMMENT ON COLUMN profiles.pin_code IS 'Six-digit Indian PIN code.';
COMMENT ON COLUMN profiles.is_verified IS 'Shown as a verified badge; set when a usr_verifications request is approved.';
COMMENT ON COLUMN profiles.onboarded_at IS 'When the member finished onboarding.';
COMMENT ON TABLE ref_business_types IS 'Hierarchical catalogue of poultry business types (layer farm, hatchery, feed mill, integrator, trader ...).';
COMMENT ON COLUMN ref_business_types.parent_id IS 'Parent type; null for a top-level type.';
COMMENT ON COLUMN ref_business_types.slug IS 'URL-safe key, e.g. layer-farm.';
COMMENT ON COLUMN ref_business_types.level IS 'Depth in the hierarchy, 1-based as in the legacy data; 1 for top-level types.';
COMMENT ON COLUMN ref_business_types.icon IS 'Icon name or emoji shown in pickers.';
COMMENT ON TABLE ref_entity_types IS 'Registry of entity kinds that polymorphic tables (shared likes, comments, shares, analytics) may point at.';
COMMENT ON COLUMN ref_entity_types.code IS 'Key stored in entity_type columns, e.g. soc_post or nec_annotation (legacy primary key `type`).';
COMMENT ON COLUMN ref_entity_types.module_key IS 'Owning module, e.g. nec or soc (legacy module).';
COMMENT ON COLUMN ref_entity_types.table_name IS 'Table holding the entities of this kind.';
COMMENT ON TABLE ref_event_types IS 'Kinds of events (conference, expo, webinar, training, farm visit, vaccination camp ...).';
COMMENT ON COLUMN ref_event_types.slug IS 'URL-safe key.';
COMMENT ON COLUMN ref_event_types.is_online_capable IS 'Whether events of this type can be held online.';
COMMENT ON TABLE ref_job_categories IS 'Hierarchical job categories (production, veterinary, sales, hatchery operations ...).';
COMMENT ON COLUMN ref_job_categories.parent_id IS 'Parent category; null for a top-level category.';
COMMENT ON COLUMN ref_job_categories.slug IS 'URL-safe key.';
COMMENT ON COLUMN ref_job_categories.name IS 'Legacy category_name.';
COMMENT ON COLUMN ref_job_categories.description IS 'Legacy category_description.';
COMMENT ON COLUMN ref_job_categories.level IS 'Depth in the hierarchy, 1-based as in the legacy data; 1 for top-level categories.';
COMMENT ON TABLE ref_job_types IS 'Employment types of a job posting (full-time, part-time, contract, internship, daily wage ...).';
COMMENT ON COLUMN ref_job_types.slug IS 'URL-safe key.';
COMMENT ON TABLE ref_organization_types IS 'Kinds of organisations (state poultry association, cooperative, government body, research institute ...).';
COMMENT ON COLUMN ref_organization_types.slug IS 'URL-safe key.';
COMMENT ON COLUMN ref_organization_types.is_membership_based IS 'Whether organisations of this type admit members.';
COMMENT ON TABLE ref_product_categories IS 'Hierarchical marketplace product categories (feed > layer feed > pre-lay mash ...).';
COMMENT ON COLUMN ref_product_categories.parent_id IS 'Parent category; null for a top-level category.';
COMMENT ON COLUMN ref_product_categories.slug IS 'URL-safe key.';
COMMENT ON COLUMN ref_product_categories.level IS 'Depth in the hierarchy, 1-based as in the legacy data; 1 for top-level categories.';
COMMENT ON COLUMN ref_product_categories.hsn_code IS 'Default HSN code (4, 6 or 8 digits) for GST invoicing of products in this category.';
COMMENT ON COLUMN ref_product_categories.attributes IS 'Category-specific settings, e.g. the attributes a product listing should fill in.';
COMMENT ON TABLE ref_service_categories IS 'Hierarchical catalogue of services businesses offer (veterinary consultancy, vaccination crew, lab testing, transport ...).';
COMMENT ON COLUMN ref_service_categories.parent_id IS 'Parent category; null for a top-level category.';
COMMENT ON COLUMN ref_service_categories.slug IS 'URL-safe key (new; legacy rows get one derived from name).';
COMMENT ON COLUMN ref_service_categories.level IS 'Depth in the hierarchy, 1-based as in the legacy data; 1 for top-level categories.';
COMMENT ON COLUMN ref_service_categories.icon IS 'Legacy icon_name.';
COMMENT ON COLUMN ref_service_categories.sac_code IS 'GST Services Accounting Code (6 digits, starting 99).';
COMMENT ON TABLE shr_share_templates IS 'Prefilled share texts per entity type, channel and language (placeholders like {{title}}).';
COMMENT ON COLUMN shr_share_templates.language_code IS 'ISO 639-1 code (en, hi, ta, te, mr …).';
COMMENT ON COLUMN shr_share_templates.is_default IS 'Used when the caller names no template; one per entity type / channel / language.';
COMMENT ON TABLE sup_categories IS 'Categories of feedback and support requests (Account & login, Marketplace, NECC prices, Messaging, Payments …); may nest under a parent.';
COMMENT ON COLUMN sup_categories.default_priority IS 'Priority given to new submissions in the category.';
COMMENT ON COLUMN sup_categories.is_public IS 'Offered to members in the feedback form.';
COMMENT ON TABLE sup_tags IS 'Labels staff and workflows put on submissions (e.g. android-crash, necc-delay, payment-refund).';
COMMENT ON TABLE adm_users IS 'Staff members who can use the admin console, with their back-office role.';
COMMENT ON COLUMN adm_users.profile_id IS 'The staff member''s own member profile.';
COMMENT ON COLUMN adm_users.permissions IS 'Extra permission codes (sec_permissions.code) beyond the role, e.g. adm.settings.write.';
COMMENT ON TABLE ana_feedback_stats IS 'Per-member totals of product feedback (submissions, helpful ones, implemented suggestions) for recognition and badges.';
COMMENT ON COLUMN ana_feedback_stats.profile_id IS 'Member the totals belong to (legacy user_id).';
COMMENT ON COLUMN ana_feedback_stats.quality_score IS 'Average quality of the member''s feedback on a 0-5 scale.';
COMMENT ON COLUMN ana_feedback_stats.badges IS 'Feedback badges earned, e.g. early_adopter, bug_hunter, idea_machine.';
COMMENT ON TABLE ana_market_prices IS 'Market price board for poultry products (birds, chicks, eggs, feed, medicines) by location and date, reported by members, businesses or feeds.';
COMMENT ON COLUMN ana_market_prices.country_code IS 'ISO 3166-1 alpha-2 country (legacy country).';
COMMENT ON COLUMN ana_market_prices.state_code IS 'Two-letter state code (geo_states.code); legacy location_state held the name.';
COMMENT ON COLUMN ana_market_prices.district IS 'Legacy location_district.';
COMMENT ON COLUMN ana_market_prices.city IS 'Legacy location_city.';
COMMENT ON COLUMN ana_market_prices.market_name IS 'Specific market or mandi.';
COMMENT ON COLUMN ana_market_prices.price IS 'Price in currency_code per unit.';
COMMENT ON COLUMN ana_market_prices.currency_code IS 'ISO 4217 currency (legacy currency).';
COMMENT ON COLUMN ana_market_prices.unit IS 'Quoting unit, e.g. kg, bird, tray, bag, dose (a ref_measurement_units code).';
COMMENT ON COLUMN ana_market_prices.is_verified IS 'Legacy verified.';
COMMENT ON COLUMN ana_market_prices.verified_by_id IS 'Legacy verified_by.';
COMMENT ON COLUMN ana_market_prices.effective_time IS 'Time of day the price was observed (IST).';
COMMENT ON COLUMN ana_market_prices.reported_by_id IS 'Legacy reported_by.';
COMMENT ON TABLE ana_social_kpis IS 'Daily metrics per marketing channel (followers, reach, engagement ...), with platform-specific figures in jsonb.';
COMMENT ON COLUMN ana_social_kpis.metric_date IS 'Day the figures are for.';
COMMENT ON COLUMN ana_social_kpis.week_start_date IS 'Monday of metric_date''s ISO week (legacy week_start).';
COMMENT ON COLUMN ana_social_kpis.channel_id IS 'Channel the figures are for; null for the all-channel total.';
COMMENT ON COLUMN ana_social_kpis.metrics IS 'Channel-specific metrics; keys a platform does not report are omitted.';
COMMENT ON TABLE biz_profiles IS 'A business page (farm, hatchery, feed mill, supplier, integrator …) owned by one member.';
COMMENT ON COLUMN biz_profiles.owner_id IS 'Member who owns the page; ownership must be transferred before the member can be deleted.';
COMMENT ON COLUMN biz_profiles.business_name IS 'Registered or trading name.';
COMMENT ON COLUMN biz_profiles.display_name IS 'Short name shown in the feed when different from business_name.';
COMMENT ON COLUMN biz_profiles.slug IS 'URL key of the page (legacy business_slug).';
COMMENT ON COLUMN biz_profiles.business_type_id IS 'Primary business type.';
COMMENT ON COLUMN biz_profiles.specializations IS 'Free-text specialities, e.g. ''BV-380 layers'' or ''antibiotic-free broilers''.';
COMMENT ON COLUMN biz_profiles.is_claimed IS 'False for directory listings created by PoultryCo staff that the real business has not claimed yet (see biz_claim_requests).';
COMMENT ON COLUMN biz_profiles.verified_at IS 'When PoultryCo verified the business (legacy verification_date).';
COMMENT ON COLUMN biz_profiles.deleted_at IS 'When the row was soft-deleted.';
COMMENT ON TABLE cms_contact_submissions IS 'Messages sent through the website''s contact form.';
COMMENT ON COLUMN cms_contact_submissions.phone IS 'E.164 phone number.';
COMMENT ON COLUMN cms_contact_submissions.profile_id IS 'Sender''s member profile when logged in.';
COMMENT ON COLUMN cms_contact_submissions.handled_by_id IS 'Staff member handling the message.';
COMMENT ON COLUMN cms_contact_submissions.page_url IS 'Page the form was submitted from.';
COMMENT ON TABLE cms_early_access IS 'Pre-launch early-access signups from the website; converted_profile_id links a signup to the member it became.';
COMMENT ON COLUMN cms_early_access.phone IS 'E.164 mobile number.';
COMMENT ON COLUMN cms_early_access.role IS 'Role the visitor says they have.';
COMMENT ON COLUMN cms_early_access.organization_name IS 'Farm, company or association the visitor belongs to.';
COMMENT ON COLUMN cms_early_access.state_code IS 'Two-letter Indian state code, e.g. TN or AP.';
COMMENT ON COLUMN cms_early_access.interests IS 'Features the visitor wants first (marketplace, necc_prices, jobs …).';
COMMENT ON COLUMN cms_early_access.referral_code IS 'Code this signup can share to move up the waitlist.';
COMMENT ON COLUMN cms_early_access.referred_by_id IS 'Signup whose referral code brought this one.';
COMMENT ON COLUMN cms_early_access.converted_profile_id IS 'Member profile created from this signup.';
COMMENT ON COLUMN cms_early_access.source IS 'Landing page or form the signup came from.';
COMMENT ON TABLE cms_newsletter_subscribers IS 'Website newsletter subscribers (double opt-in); members and anonymous visitors alike.';
COMMENT ON COLUMN cms_newsletter_subscribers.profile_id IS 'Member with this email, when known.';
COMMENT ON COLUMN cms_newsletter_subscribers.language IS 'Preferred newsletter language (BCP 47).';
COMMENT ON COLUMN cms_newsletter_subscribers.topics IS 'Newsletter lists chosen (weekly_digest, necc_prices, events …).';
COMMENT ON COLUMN cms_newsletter_subscribers.confirm_token_hash IS 'SHA-256 hex of the double opt-in token; cleared once confirmed.';
COMMENT ON COLUMN cms_newsletter_subscribers.source IS 'Form or page the subscription came from.';
COMMENT ON COLUMN cms_newsletter_subscribers.consent_ip IS 'IP address the consent was given from.';
COMMENT ON TABLE cms_posts IS 'Blog articles on the PoultryCo website (guides, market commentary, announcements).';
COMMENT ON COLUMN cms_posts.slug IS 'URL segment of the post; unique across all posts.';
COMMENT ON COLUMN cms_posts.excerpt IS 'Summary shown in listings and feeds.';
COMMENT ON COLUMN cms_posts.body IS 'Article body in content_format.';
COMMENT ON COLUMN cms_posts.author_id IS 'Member credited as the primary author.';
COMMENT ON COLUMN cms_posts.scheduled_at IS 'When a scheduled post goes live.';
COMMENT ON COLUMN cms_posts.published_at IS 'First publication instant; keeps its value when the post is edited.';
COMMENT ON COLUMN cms_posts.language IS 'BCP 47 language code, e.g. en, hi, te.';
COMMENT ON COLUMN cms_posts.reading_minutes IS 'Estimated reading time.';
COMMENT ON COLUMN cms_posts.is_commentable IS 'Whether readers may comment on the post.';
COMMENT ON COLUMN cms_posts.view_count IS 'Denormalised page-view counter.';
COMMENT ON COLUMN cms_posts.deleted_at IS 'When the row was soft-deleted.';
COMMENT ON TABLE eml_domains IS 'Sending domains verified in SES, with DKIM, custom MAIL FROM and DMARC state.';
COMMENT ON COLUMN eml_domains.domain IS 'Domain, e.g. mail.poultryco.net.';
COMMENT ON COLUMN eml_domains.dkim_tokens IS 'Easy DKIM tokens to publish as CNAME records.';
COMMENT ON COLUMN eml_domains.mail_from_domain IS 'Custom MAIL FROM subdomain (SPF alignment).';
COMMENT ON COLUMN eml_domains.dmarc_policy IS 'Policy found in the domain''s DMARC record.';
COMMENT ON TABLE int_invitations IS 'Invitations from members to people outside PoultryCo to join (by e-mail, SMS, WhatsApp or shareable link).';
COMMENT ON COLUMN int_invitations.invitee_phone IS 'E.164 mobile number.';
COMMENT ON COLUMN int_invitations.intended_profile_type IS 'Role the inviter expects the invitee to sign up as.';
COMMENT ON COLUMN int_invitations.token_hash IS 'SHA-256 (hex) of the invitation token; the token itself is only in the link.';
COMMENT ON COLUMN int_invitations.context_type IS 'Where the invitation was sent from, e.g. biz_profiles, org_profiles, evt_events (polymorphic, no FK).';
COMMENT ON COLUMN int_invitations.message IS 'Personal note from the inviter.';
COMMENT ON COLUMN int_invitations.accepted_profile_id IS 'Member account created from the invitation.';
COMMENT ON TABLE mkt_campaigns IS 'Marketing campaigns (e.g. ''Monsoon biosecurity drive'', ''Poultry India Expo 2026 push'') grouping content toward one objective.';
COMMENT ON COLUMN mkt_campaigns.budget_inr IS 'Approved budget in INR.';
COMMENT ON COLUMN mkt_campaigns.spent_inr IS 'Spend to date in INR.';
COMMENT ON COLUMN mkt_campaigns.utm_campaign IS 'utm_campaign value used on every link of the campaign (also by e-mail campaigns).';
COMMENT ON COLUMN mkt_campaigns.goals IS 'Measurable goals (signups 500; reach 200000 …).';
COMMENT ON TABLE mkt_content_pillars IS 'Content pillars, the recurring themes PoultryCo publishes on, with their planned share of the content mix.';
COMMENT ON COLUMN mkt_content_pillars.objective IS 'What the pillar should achieve for the business.';
COMMENT ON COLUMN mkt_content_pillars.target_share_percent IS 'Planned share of all published content.';
COMMENT ON COLUMN mkt_content_pillars.owner_id IS 'Team member responsible for the pillar.';
COMMENT ON TABLE mkt_content_types IS 'Formats content is produced in (blog article, reel, carousel, infographic, webinar, WhatsApp broadcast …).';
COMMENT ON COLUMN mkt_content_types.default_channel_id IS 'Channel the format is usually published on.';
COMMENT ON COLUMN mkt_content_types.effort_hours IS 'Typical production effort.';
COMMENT ON COLUMN mkt_content_types.specs IS 'Production constraints of the format.';
COMMENT ON TABLE mkt_platform_kpis IS 'Channel KPIs per period (followers, reach, engagement, spend), recorded by hand or imported from the platform.';
COMMENT ON COLUMN mkt_platform_kpis.period_start_on IS 'First day of the period.';
COMMENT ON COLUMN mkt_platform_kpis.followers IS 'Audience size at the end of the period.';
COMMENT ON COLUMN mkt_platform_kpis.followers_gained IS 'Net change over the period; may be negative.';
COMMENT ON COLUMN mkt_platform_kpis.engagements IS 'Likes + comments + shares + saves.';
COMMENT ON COLUMN mkt_platform_kpis.signups IS 'PoultryCo signups attributed to the channel.';
COMMENT ON TABLE nec_predictions IS 'Forecast egg prices per zone and target date, as published on the NECC pages (legacy necc_ai_predictions).';
COMMENT ON COLUMN nec_predictions.prediction_date IS 'Day the forecast was made.';
COMMENT ON COLUMN nec_predictions.forecast_date IS 'Day whose price is forecast.';
COMMENT ON COLUMN nec_predictions.predicted_price IS 'Forecast price, INR per 100 eggs.';
COMMENT ON COLUMN nec_predictions.lower_bound IS 'Lower end of the prediction interval.';
COMMENT ON COLUMN nec_predictions.upper_bound IS 'Upper end of the prediction interval.';
COMMENT ON COLUMN nec_predictions.confidence IS 'Model confidence in percent.';
COMMENT ON COLUMN nec_predictions.model_provider IS 'Legacy model_type.';
COMMENT ON COLUMN nec_predictions.assumptions IS 'Inputs the forecast assumed (demand, festival season, feed cost ...).';
COMMENT ON TABLE nec_scraper_logs IS 'One row per run of the NECC rate scraper (every 15 minutes during the 8:00-10:30 IST publishing window).';
COMMENT ON COLUMN nec_scraper_logs.execution_id IS 'Id of the scheduler or function invocation that ran the scrape.';
COMMENT ON COLUMN nec_scraper_logs.scrape_date IS 'NECC rate date the run collected.';
COMMENT ON COLUMN nec_scraper_logs.zone_id IS 'Zone the run was limited to, or the zone that failed; null for a run over all zones.';
COMMENT ON COLUMN nec_scraper_logs.started_at IS 'When the run started (legacy scrape_time).';
COMMENT ON TABLE ntf_preferences IS 'A member''s choice per notification category and channel (on or off, instant or digest).';
COMMENT ON TABLE ntf_templates IS 'Text templates per notification event, channel and language ({{variable}} placeholders).';
COMMENT ON COLUMN ntf_templates.event_key IS 'Event the template renders, e.g. connection.accepted.';
COMMENT ON COLUMN ntf_templates.locale IS 'BCP 47 language, e.g. en, hi, ta, te, kn, mr.';
COMMENT ON COLUMN ntf_templates.title_template IS 'Title (or e-mail subject) with placeholders.';
COMMENT ON COLUMN ntf_templates.variables IS 'Placeholder names the template expects.';
COMMENT ON COLUMN ntf_templates.whatsapp_template_name IS 'Name of the pre-approved WhatsApp Business template.';
COMMENT ON COLUMN ntf_templates.dlt_template_id IS 'TRAI DLT template id required for SMS in India.';
COMMENT ON TABLE org_profiles IS 'Associations, federations, co-operatives, FPOs and societies; the page every org_ table hangs off.';
COMMENT ON COLUMN org_profiles.parent_organization_id IS 'Parent body when this is a state, district or local chapter.';
COMMENT ON COLUMN org_profiles.short_name IS 'Acronym, e.g. AIPBA.';
COMMENT ON COLUMN org_profiles.slug IS 'URL slug of the organization page.';
COMMENT ON COLUMN org_profiles.registration_number IS 'Number under the Societies Registration Act, Companies Act (section 8), Co-operative Societies Act, etc.';
COMMENT ON COLUMN org_profiles.pan IS 'Permanent Account Number of the organization.';
COMMENT ON COLUMN org_profiles.gstin IS 'GST identification number.';
COMMENT ON COLUMN org_profiles.state_code IS 'Two-letter Indian state / UT code of the seat, e.g. TN.';
COMMENT ON COLUMN org_profiles.created_by_id IS 'Member who created the page.';
COMMENT ON COLUMN org_profiles.deleted_at IS 'When the row was soft-deleted.';
COMMENT ON TABLE prf_email_preferences IS 'A member''s e-mail subscriptions, one row per preference key (newsletter, weekly_digest, job_alerts …).';
COMMENT ON COLUMN prf_email_preferences.preference_key IS 'What the preference governs: all, newsletter, weekly_digest, daily_digest, product_updates, marketing, event_invitations, market_prices, job_alerts, connection_activity, message_summaries, organization_updates.';
COMMENT ON COLUMN prf_email_preferences.frequency IS 'Batching for keys that support it (digests and alerts).';
COMMENT ON COLUMN prf_email_preferences.unsubscribe_token IS 'Secret for the one-click unsubscribe link (RFC 8058) of this preference.';
COMMENT ON TABLE ref_contact_imports IS 'One address-book import by a member (Google, phone, CSV), used to find existing members and send invitations. Per-member data despite the ref_ prefix (see file header).';
COMMENT ON COLUMN ref_contact_imports.profile_id IS 'Member who imported the contacts.';
COMMENT ON COLUMN ref_contact_imports.source IS 'Legacy import_source.';
COMMENT ON COLUMN ref_contact_imports.existing_members IS 'Contacts that already have a PoultryCo profile (legacy existing_users).';
COMMENT ON COLUMN ref_contact_imports.import_data IS 'Raw payload as received; personal data of non-members, purged after processing (DPDP Act 2023).';
COMMENT ON COLUMN ref_contact_imports.processed_data IS 'Normalised contact list with the match and invitation outcome per contact.';
COMMENT ON COLUMN ref_contact_imports.purged_at IS 'When import_data and processed_data were emptied.';
COMMENT ON TABLE ref_dashboard_widgets IS 'Widgets on a member''s home dashboard with their position and settings; one row per widget type per member. Per-member data despite the ref_ prefix (see file header).';
COMMENT ON COLUMN ref_dashboard_widgets.profile_id IS 'Dashboard owner (legacy user_id).';
COMMENT ON COLUMN ref_dashboard_widgets.position IS 'Order of the widget on the dashboard grid.';
COMMENT ON COLUMN ref_dashboard_widgets.is_visible IS 'Legacy visible.';
COMMENT ON COLUMN ref_dashboard_widgets.config IS 'Widget-specific settings, e.g. the NECC zone of a market_prices widget.';
COMMENT ON TABLE ref_service_attributes IS 'Attributes a service listing of a category must or may fill in (e.g. ''birds per visit'', ''lab accreditation'').';
COMMENT ON COLUMN ref_service_attributes.service_category_id IS 'Category the attribute belongs to; null for an attribute every service has. Legacy category_id.';
COMMENT ON COLUMN ref_service_attributes.code IS 'Stable snake_case key used in service listings'' attribute values.';
COMMENT ON COLUMN ref_service_attributes.name IS 'Label shown to users (legacy attribute_name).';
COMMENT ON COLUMN ref_service_attributes.data_type IS 'Legacy attribute_type.';
COMMENT ON COLUMN ref_service_attributes.options IS 'Allowed values for select and multiselect attributes (legacy attribute_options).';
COMMENT ON COLUMN ref_service_attributes.unit IS 'Unit shown after a number value, e.g. km or birds.';
COMMENT ON TABLE ref_skills IS 'Skills members list on their profiles and endorse (layer management, biosecurity, necropsy, hatchery operations ...).';
COMMENT ON COLUMN ref_skills.slug IS 'URL-safe key (new; derived from legacy skill_name).';
COMMENT ON COLUMN ref_skills.name IS 'Legacy skill_name.';
COMMENT ON COLUMN ref_skills.category IS 'Legacy skill_category.';
COMMENT ON COLUMN ref_skills.synonyms IS 'Alternative names matched by search (legacy skill_synonyms).';
COMMENT ON COLUMN ref_skills.related_slugs IS 'Slugs of related skills offered as suggestions (legacy related_skills).';
COMMENT ON COLUMN ref_skills.usage_count IS 'Denormalised count of profiles listing this skill.';
COMMENT ON COLUMN ref_skills.is_approved IS 'False for member-suggested skills awaiting moderation.';
COMMENT ON COLUMN ref_skills.created_by_id IS 'Member who suggested the skill (legacy created_by).';
COMMENT ON TABLE shr_entity_comments IS 'Threaded comments on any entity; replies point at their parent comment.';
COMMENT ON COLUMN shr_entity_comments.entity_type IS 'Table of the commented row.';
COMMENT ON COLUMN shr_entity_comments.parent_comment_id IS 'Comment this one replies to.';
COMMENT ON COLUMN shr_entity_comments.like_count IS 'Denormalised count of shr_entity_likes on this comment.';
COMMENT ON COLUMN shr_entity_comments.deleted_at IS 'When the row was soft-deleted.';
COMMENT ON TABLE shr_entity_likes IS 'One like (reaction) per member per entity.';
COMMENT ON COLUMN shr_entity_likes.entity_type IS 'Table of the liked row, e.g. evt_events.';
COMMENT ON COLUMN shr_entity_likes.entity_id IS 'Id of the liked row.';
COMMENT ON TABLE shr_entity_shares IS 'Each time an entity was re-shared in the feed or sent to another app.';
COMMENT ON COLUMN shr_entity_shares.profile_id IS 'Who shared; null for visitors who were not signed in.';
COMMENT ON COLUMN shr_entity_shares.message IS 'Text the member added.';
COMMENT ON COLUMN shr_entity_shares.share_url IS 'Tracked link that was shared.';
COMMENT ON TABLE soc_blocked_users IS 'Members a member has blocked; blocked members cannot see, message or connect with the blocker.';
COMMENT ON COLUMN soc_blocked_users.reason IS 'Private note; never shown to the blocked member.';
COMMENT ON TABLE soc_connection_suggestions IS '"People you may know": precomputed connection suggestions for a member.';
COMMENT ON COLUMN soc_connection_suggestions.profile_id IS 'Member the suggestion is shown to.';
COMMENT ON COLUMN soc_connection_suggestions.score IS 'Ranking score from the suggestion job.';
COMMENT ON COLUMN soc_connection_suggestions.expires_at IS 'When the job will recompute or drop the suggestion.';
COMMENT ON TABLE soc_connections IS 'Two-way professional connections between members; at most one row per pair, whoever asked first.';
COMMENT ON COLUMN soc_connections.requester_id IS 'Member who sent the request.';
COMMENT ON COLUMN soc_connections.addressee_id IS 'Member who received it.';
COMMENT ON COLUMN soc_connections.message IS 'Note sent with the request.';
COMMENT ON TABLE soc_share_tracking IS 'Shares of PoultryCo content to outside apps (WhatsApp, Facebook …), each with a short code that attributes the clicks and sign-ups it brings.';
COMMENT ON COLUMN soc_share_tracking.sharer_id IS 'Member who shared; null for a signed-out visitor.';
COMMENT ON COLUMN soc_share_tracking.entity_type IS 'Kind of content shared (a ref_entity_types key, e.g. post, business, product, job, event, necc_price).';
COMMENT ON COLUMN soc_share_tracking.entity_id IS 'Id of the shared row in its own table.';
COMMENT ON COLUMN soc_share_tracking.share_code IS 'Short code carried in the shared link (?s=…).';
COMMENT ON COLUMN soc_share_tracking.click_count IS 'Denormalised count of soc_share_clicks.';
COMMENT ON COLUMN soc_share_tracking.signup_count IS 'Sign-ups attributed to this share.';
COMMENT ON TABLE sup_insights IS 'Themes found across submissions (recurring bugs, feature demand, pain points, sentiment shifts) for product planning.';
COMMENT ON COLUMN sup_insights.submission_count IS 'Submissions behind the insight.';
COMMENT ON COLUMN sup_insights.owner_id IS 'Person following up.';
COMMENT ON TABLE sup_response_templates IS 'Canned replies staff insert into comments, with {{placeholders}}.';
COMMENT ON COLUMN sup_response_templates.shortcut IS 'Keyword staff type to insert the reply.';
COMMENT ON COLUMN sup_response_templates.submission_type IS 'Kind of submission the reply suits; null for any.';
COMMENT ON TABLE sup_workflows IS 'Automation rules run on submission events (auto-tag, set priority, assign, reply with a template, notify).';
COMMENT ON COLUMN sup_workflows.conditions IS 'All listed conditions must match; an empty object matches everything.';
COMMENT ON COLUMN sup_workflows.actions IS 'Ordered actions, e.g. set_priority, add_tag, assign, reply_with_template, notify.';
COMMENT ON COLUMN sup_workflows.run_order IS 'Workflows run in ascending order.';
COMMENT ON COLUMN sup_workflows.should_stop_after IS 'Skip later workflows when this one matched.';
COMMENT ON TABLE usr_activity IS 'Append-only log of what a member does on the platform, for their activity tab, stats and engagement analytics.';
COMMENT ON COLUMN usr_activity.entity_type IS 'Table of the object acted on, e.g. soc_posts.';
COMMENT ON TABLE usr_badges IS 'Badges awarded to a member (verified vet, top contributor, early adopter …).';
COMMENT ON COLUMN usr_badges.badge_key IS 'Stable badge identifier.';
COMMENT ON COLUMN usr_badges.is_featured IS 'Shown next to the member''s name.';
COMMENT ON TABLE usr_certifications IS 'Licences and certificates a member holds (e.g. biosecurity training, FSSAI, hatchery management).';
COMMENT ON COLUMN usr_certifications.is_verified IS 'Checked by the platform against the issuer.';
COMMENT ON TABLE usr_completeness_checks IS 'One row per profile-completeness item (avatar, headline, experience …) with its state; the sum of weights gives the completeness score.';
COMMENT ON COLUMN usr_completeness_checks.check_key IS 'Item checked, e.g. avatar, headline, role_details, experience, skills, verification.';
COMMENT ON COLUMN usr_completeness_checks.weight IS 'Points the item adds to the completeness score.';
COMMENT ON TABLE usr_consultant_details IS 'Practice details for members with the consultant role.';
COMMENT ON COLUMN usr_consultant_details.expertise_areas IS 'e.g. farm setup, biosecurity, feed formulation, export compliance.';
COMMENT ON COLUMN usr_consultant_details.hourly_rate IS 'Indicative rate per hour, in INR.';
COMMENT ON COLUMN usr_consultant_details.day_rate IS 'Indicative rate per day (farm visits), in INR.';
COMMENT ON COLUMN usr_consultant_details.languages IS 'Languages the consultant works in, as BCP-47 codes (hi, te, ta …).';
COMMENT ON TABLE usr_education IS 'Degrees, diplomas and schooling on a member''s profile.';
COMMENT ON COLUMN usr_education.institution_name IS 'e.g. Tamil Nadu Veterinary and Animal Sciences University.';
COMMENT ON COLUMN usr_education.degree IS 'e.g. B.V.Sc. & A.H., M.Sc. Poultry Science, Diploma in Poultry Production.';
COMMENT ON COLUMN usr_education.end_year IS 'Year of completion, or expected completion.';
COMMENT ON COLUMN usr_education.grade IS 'Class, CGPA or percentage, as written.';
COMMENT ON TABLE usr_experiences IS 'Work history entries on a member''s profile.';
COMMENT ON COLUMN usr_experiences.company_name IS 'Employer as text (biz_ is a higher layer; see the file comment).';
COMMENT ON COLUMN usr_experiences.location IS 'Town/district and state, as written.';
COMMENT ON TABLE usr_farmer_details IS 'Farm facts for members with the farmer role.';
COMMENT ON COLUMN usr_farmer_details.bird_capacity IS 'Birds the farm can house.';
COMMENT ON COLUMN usr_farmer_details.current_bird_count IS 'Birds currently placed.';
COMMENT ON COLUMN usr_farmer_details.since_on IS 'Date the farm started operating.';
COMMENT ON COLUMN usr_farmer_details.is_contract_farming IS 'Grows birds under contract for an integrator.';
COMMENT ON COLUMN usr_farmer_details.integrator_name IS 'Integrator the farmer grows for (free text; the integrator may not be on the platform).';
COMMENT ON COLUMN usr_farmer_details.breeds IS 'Strains kept, e.g. BV-300, Cobb 430, Kadaknath.';
COMMENT ON COLUMN usr_farmer_details.state_code IS 'State of the farm when it differs from the profile.';
COMMENT ON TABLE usr_preferences IS 'App and display preferences of a member (communication preferences are in prf_).';
COMMENT ON COLUMN usr_preferences.language_code IS 'UI language as a BCP-47 code: en, hi, te, ta, kn, mr, bn, gu, pa, or …';
COMMENT ON COLUMN usr_preferences.timezone IS 'IANA time zone.';
COMMENT ON COLUMN usr_preferences.is_data_saver_enabled IS 'Load lower-resolution media on slow connections.';
COMMENT ON COLUMN usr_preferences.dashboard_layout IS 'Widgets (ref_dashboard_widgets keys) in display order.';
COMMENT ON TABLE usr_privacy_settings IS 'Who can see what on a member''s profile and who can contact them.';
COMMENT ON COLUMN usr_privacy_settings.location_visibility IS 'Applies to district and village; the state is always shown.';
COMMENT ON COLUMN usr_privacy_settings.is_searchable IS 'Appears in member search.';
COMMENT ON COLUMN usr_privacy_settings.is_discoverable_by_phone IS 'Can be found by members who have the phone number in their contacts.';
COMMENT ON COLUMN usr_privacy_settings.should_show_profile_views IS 'Reveal the member''s name when viewing other profiles.';
COMMENT ON TABLE usr_profile_roles IS 'Roles a member holds; a member may hold several, one of them primary.';
COMMENT ON COLUMN usr_profile_roles.is_primary IS 'The role shown first on the profile; at most one per member.';
COMMENT ON COLUMN usr_profile_roles.is_verified IS 'Role confirmed by an approved verification.';
COMMENT ON TABLE usr_researcher_details IS 'Academic details for members with the researcher role.';
COMMENT ON COLUMN usr_researcher_details.institution_name IS 'University, ICAR institute or company R&D unit.';
COMMENT ON COLUMN usr_researcher_details.designation IS 'e.g. Principal Scientist, Assistant Professor.';
COMMENT ON COLUMN usr_researcher_details.orcid_id IS 'ORCID iD.';
COMMENT ON TABLE usr_stats IS 'Denormalised counters for a member, refreshed by triggers and jobs.';
COMMENT ON COLUMN usr_stats.profile_views_count IS 'Views in the last 90 days.';
COMMENT ON TABLE usr_supplier_details IS 'Trade details for members with the supplier role (individual dealers and sales agents; companies are biz_profiles).';
COMMENT ON COLUMN usr_supplier_details.company_name IS 'Firm the supplier trades as or represents.';
COMMENT ON COLUMN usr_supplier_details.brands IS 'Brands the supplier deals in.';
COMMENT ON COLUMN usr_supplier_details.gstin IS 'GST identification number.';
COMMENT ON COLUMN usr_supplier_details.is_dealer IS 'Authorised dealer or distributor rather than a sales representative.';
COMMENT ON COLUMN usr_supplier_details.service_state_codes IS 'States the supplier delivers to.';
COMMENT ON COLUMN usr_supplier_details.min_order_value IS 'Minimum order, in INR.';
COMMENT ON TABLE usr_verifications IS 'Requests to verify a member''s identity, licence or business, and their review.';
COMMENT ON COLUMN usr_verifications.document_number_last4 IS 'Last four characters of the document number; full numbers are never stored.';
COMMENT ON COLUMN usr_verifications.document_url IS 'Storage key of the uploaded proof (private bucket).';
COMMENT ON COLUMN usr_verifications.reviewer_id IS 'Admin member who reviewed the request.';
COMMENT ON COLUMN usr_verifications.expires_at IS 'When an approved verification lapses (e.g. licence renewal).';
COMMENT ON TABLE usr_veterinarian_details IS 'Practice details for members with the veterinarian role.';
COMMENT ON COLUMN usr_veterinarian_details.registration_number IS 'Registration with the Veterinary Council of India or a State Veterinary Council.';
COMMENT ON COLUMN usr_veterinarian_details.registration_state_code IS 'State council the registration is with; null for the VCI register.';
COMMENT ON COLUMN usr_veterinarian_details.specializations IS 'e.g. poultry pathology, nutrition, hatchery management.';
COMMENT ON COLUMN usr_veterinarian_details.employer_name IS 'Government department, integrator or company, if employed.';
COMMENT ON COLUMN usr_veterinarian_details.consultation_fee IS 'Typical fee per consultation, in INR.';
COMMENT ON COLUMN usr_veterinarian_details.service_radius_km IS 'Distance the vet travels for farm visits.';
COMMENT ON TABLE biz_certifications IS 'Certificates and licences a business holds (ISO, HACCP, FSSAI, organic, biosecurity …).';
COMMENT ON COLUMN biz_certifications.is_lifetime IS 'The certificate does not expire (legacy does_not_expire).';
COMMENT ON TABLE biz_contact_info IS 'Head-office address, public contact channels and private legal identifiers of a business (1:1 with biz_profiles).';
COMMENT ON COLUMN biz_contact_info.phone IS 'E.164 number.';
COMMENT ON COLUMN biz_contact_info.whatsapp_number IS 'E.164 WhatsApp Business number (legacy whatsapp_business).';
COMMENT ON COLUMN biz_contact_info.state_code IS 'Two-letter Indian state code, e.g. TN.';
COMMENT ON COLUMN biz_contact_info.pin_code IS 'Indian postal PIN code.';
COMMENT ON COLUMN biz_contact_info.country_code IS 'ISO 3166-1 alpha-2 country.';
COMMENT ON COLUMN biz_contact_info.gstin IS 'Principal GSTIN (legacy tax_id); further registrations in biz_gst_registrations. Private.';
COMMENT ON COLUMN biz_contact_info.pan IS 'Income-tax PAN of the entity (legacy pan_number). Private.';
COMMENT ON COLUMN biz_contact_info.cin IS 'Corporate Identification Number for companies (legacy registration_number when it was a CIN). Private.';
COMMENT ON COLUMN biz_contact_info.registration_number IS 'Other registration (firm, society, Udyam) number. Private.';
COMMENT ON COLUMN biz_contact_info.fssai_licence_number IS '14-digit FSSAI licence (legacy fssai_license). Private.';
COMMENT ON COLUMN biz_contact_info.trade_licence_number IS 'Municipal trade licence (legacy trade_license). Private.';
COMMENT ON COLUMN biz_contact_info.social_links IS 'Public social-media profile URLs.';
COMMENT ON TABLE biz_farm_details IS 'Farm facts for businesses that run poultry farms (1:1 with biz_profiles).';
COMMENT ON COLUMN biz_farm_details.farm_types IS 'Bird or operation types run (legacy farm_type).';
COMMENT ON COLUMN biz_farm_details.total_capacity IS 'Birds the farm can house at once.';
COMMENT ON COLUMN biz_farm_details.daily_egg_production IS 'Average eggs a day (layer farms).';
COMMENT ON COLUMN biz_farm_details.breeds_raised IS 'e.g. {Cobb 430,BV-380,Kadaknath}.';
COMMENT ON COLUMN biz_farm_details.started_on IS 'When the farm began operating.';
COMMENT ON COLUMN biz_farm_details.is_organic_certified IS 'Quick filter; the certificate itself belongs in biz_certifications.';
COMMENT ON TABLE biz_locations IS 'Physical sites of a business — head office, branches, farms, hatcheries, warehouses.';
COMMENT ON COLUMN biz_locations.location_name IS 'e.g. ''Namakkal Layer Farm 2''.';
COMMENT ON COLUMN biz_locations.state_code IS 'Two-letter Indian state code.';
COMMENT ON COLUMN biz_locations.is_primary IS 'The main site shown on the page; at most one per business.';
COMMENT ON TABLE biz_service_areas IS 'Where a business sells, delivers or serves — the whole country, states, districts, cities or PIN codes.';
COMMENT ON COLUMN biz_service_areas.delivery_days IS 'Typical days from order to delivery in this area.';
COMMENT ON COLUMN biz_service_areas.minimum_order_value IS 'Minimum order for this area, in INR.';
COMMENT ON TABLE biz_stats IS 'Denormalised counters of a business page, kept by triggers and jobs (1:1 with biz_profiles).';
COMMENT ON COLUMN biz_stats.reviews_count IS 'Reviews of the business itself (biz_reviews).';
COMMENT ON TABLE biz_supplier_details IS 'Trade terms of businesses that supply inputs — feed, medicine, vaccines, equipment, chicks (1:1 with biz_profiles).';
COMMENT ON COLUMN biz_supplier_details.authorized_brands IS 'Brands the business is an authorised dealer of (structured in biz_brands from y2).';
COMMENT ON COLUMN biz_supplier_details.minimum_order_value IS 'In INR.';
COMMENT ON COLUMN biz_supplier_details.minimum_order_quantity IS 'Free text, e.g. ''10 bags''.';
COMMENT ON COLUMN biz_supplier_details.free_delivery_above IS 'Order value in INR above which delivery is free.';
COMMENT ON TABLE biz_team_members IS 'Members who work for a business, with their page permissions.';
COMMENT ON COLUMN biz_team_members.role_title IS 'Job title shown on the page, e.g. ''Farm Manager''.';
COMMENT ON COLUMN biz_team_members.joined_on IS 'Legacy join_date.';
COMMENT ON COLUMN biz_team_members.is_admin IS 'Full control of the page (the owner is always admin).';
COMMENT ON COLUMN biz_team_members.is_shown_on_page IS 'Legacy show_on_page.';
COMMENT ON TABLE cms_post_tags IS 'Tags attached to blog posts.';
COMMENT ON TABLE eml_senders IS 'From-addresses on verified domains (noreply@, news@, support@ …), with the category each is used for.';
COMMENT ON COLUMN eml_senders.display_name IS 'Name shown to recipients, e.g. PoultryCo.';
COMMENT ON COLUMN eml_senders.category IS 'Category this sender is used for.';
COMMENT ON COLUMN eml_senders.is_default IS 'Default sender of its category.';
COMMENT ON TABLE evt_events IS 'Events: conferences, expos, farmer meets, trainings, webinars, vaccination camps.';
COMMENT ON COLUMN evt_events.organization_id IS 'Organizing organization.';
COMMENT ON COLUMN evt_events.business_id IS 'Organizing business.';
COMMENT ON COLUMN evt_events.created_by_id IS 'Member who set the event up.';
COMMENT ON COLUMN evt_events.organizer_name IS 'Display name of an organizer not on PoultryCo.';
COMMENT ON COLUMN evt_events.timezone IS 'IANA time zone the event is shown in.';
COMMENT ON COLUMN evt_events.state_code IS 'Two-letter Indian state / UT code.';
COMMENT ON COLUMN evt_events.online_url IS 'Join link for online and hybrid events (shown to registrants only).';
COMMENT ON COLUMN evt_events.capacity IS 'Null for unlimited.';
COMMENT ON COLUMN evt_events.languages IS 'ISO 639-1 codes of the languages spoken (en, hi, ta, te …).';
COMMENT ON COLUMN evt_events.is_approval_required IS 'Registrations start as pending until an organizer confirms them.';
COMMENT ON COLUMN evt_events.deleted_at IS 'When the row was soft-deleted.';
COMMENT ON TABLE int_credentials IS 'Credentials for external services (gateway keys, SES, WhatsApp Cloud API, SMS providers, Tally …), owned by the platform, a business or an association.';
COMMENT ON COLUMN int_credentials.name IS 'Label, e.g. ''Main WhatsApp number'' or ''SES ap-south-1''.';
COMMENT ON COLUMN int_credentials.business_id IS 'Owning business; null with organization_id for platform credentials.';
COMMENT ON COLUMN int_credentials.organization_id IS 'Owning association.';
COMMENT ON COLUMN int_credentials.key_id IS 'Public part of the credential (key id, client id, access key id, phone number id).';
COMMENT ON COLUMN int_credentials.secret_ciphertext IS 'Secret encrypted with a KMS data key (envelope encryption).';
COMMENT ON COLUMN int_credentials.secret_ref IS 'ARN of the AWS Secrets Manager secret holding the value.';
COMMENT ON COLUMN int_credentials.encryption_key_ref IS 'KMS key that encrypted secret_ciphertext.';
COMMENT ON COLUMN int_credentials.config IS 'Non-secret settings (region, sender id, DLT entity id, webhook URL …).';
COMMENT ON COLUMN int_credentials.last_verified_at IS 'Last successful test call with the credential.';
COMMENT ON TABLE job_postings IS 'Job vacancies posted by a business or an association.';
COMMENT ON COLUMN job_postings.business_id IS 'Employer when it is a business.';
COMMENT ON COLUMN job_postings.organization_id IS 'Employer when it is an association.';
COMMENT ON COLUMN job_postings.posted_by_id IS 'Team member who posted the job.';
COMMENT ON COLUMN job_postings.title IS 'Legacy job_title.';
COMMENT ON COLUMN job_postings.job_type_id IS 'Full-time, part-time, contract, internship, seasonal …';
COMMENT ON COLUMN job_postings.work_mode IS 'Legacy work_location_type.';
COMMENT ON COLUMN job_postings.state_code IS 'Two-letter Indian state code of the workplace.';
COMMENT ON COLUMN job_postings.description IS 'Legacy job_description.';
COMMENT ON COLUMN job_postings.salary_min IS 'In INR per salary_period.';
COMMENT ON COLUMN job_postings.benefits IS 'e.g. {accommodation,meals,PF,ESI,incentives}.';
COMMENT ON COLUMN job_postings.languages IS 'ISO 639-1 codes the job needs, e.g. {ta,hi}.';
COMMENT ON COLUMN job_postings.application_method IS 'Legacy application_type.';
COMMENT ON COLUMN job_postings.openings IS 'Legacy number_of_openings.';
COMMENT ON COLUMN job_postings.status IS 'Legacy is_active.';
COMMENT ON COLUMN job_postings.published_at IS 'Legacy posted_at.';
COMMENT ON COLUMN job_postings.expires_on IS 'Last day applications are accepted (legacy expires_at).';
COMMENT ON COLUMN job_postings.deleted_at IS 'When the row was soft-deleted.';
COMMENT ON TABLE mkt_campaign_pillars IS 'Content pillars a campaign draws on, with their weight in the campaign.';
COMMENT ON TABLE mkt_pillar_tags IS 'Tags on content pillars.';
COMMENT ON TABLE mkt_topics IS 'Topics within a content pillar (e.g. ''Summer heat stress in layers'' under Flock health).';
COMMENT ON COLUMN mkt_topics.keywords IS 'Search keywords the topic targets.';
COMMENT ON COLUMN mkt_topics.priority IS '1 is the highest priority.';
COMMENT ON COLUMN mkt_topics.season_months IS 'Months (1–12) the topic is most relevant in; empty means all year.';
COMMENT ON COLUMN mkt_topics.content_count IS 'Denormalised count of content items on the topic.';
COMMENT ON TABLE msg_conversations IS 'A conversation: a direct chat between two members, a group chat or a business inquiry.';
COMMENT ON COLUMN msg_conversations.title IS 'Name of a group conversation.';
COMMENT ON COLUMN msg_conversations.business_id IS 'Business a business inquiry is addressed to.';
COMMENT ON COLUMN msg_conversations.entity_type IS 'Kind of listing the conversation is about (a ref_entity_types key, e.g. product, job).';
COMMENT ON COLUMN msg_conversations.direct_key IS 'For direct chats: both profile ids, sorted, joined by '':''.';
COMMENT ON COLUMN msg_conversations.is_announcement_only IS 'Only owners and admins may post (association notice groups).';
COMMENT ON COLUMN msg_conversations.last_message_preview IS 'Start of the last message for the inbox list.';
COMMENT ON TABLE nec_prices IS 'Daily NECC egg prices, one row per zone per date, in INR per 100 eggs.';
COMMENT ON COLUMN nec_prices.price_date IS 'Date the rate applies to (legacy date).';
COMMENT ON COLUMN nec_prices.price_year IS 'Year of price_date (legacy year), for yearly pages and aggregates.';
COMMENT ON COLUMN nec_prices.price_month IS 'Month 1-12 of price_date (legacy month).';
COMMENT ON COLUMN nec_prices.suggested_price IS 'NECC suggested price, INR per 100 eggs.';
COMMENT ON COLUMN nec_prices.prevailing_price IS 'Prevailing market price, INR per 100 eggs.';
COMMENT ON COLUMN nec_prices.scraper_mode IS 'How the scraper was started, for scraped rows (legacy mode).';
COMMENT ON COLUMN nec_prices.scraper_log_id IS 'Scrape run that last wrote the row.';
COMMENT ON TABLE ntf_notifications IS 'Notifications shown in a member''s notification centre; the source of push, e-mail and SMS deliveries.';
COMMENT ON COLUMN ntf_notifications.actor_id IS 'Member whose action caused the notification; null for system notifications.';
COMMENT ON COLUMN ntf_notifications.template_id IS 'Template the text was rendered from.';
COMMENT ON COLUMN ntf_notifications.event_key IS 'Dotted event name, e.g. post.liked, connection.requested, necc_price.updated.';
COMMENT ON COLUMN ntf_notifications.action_url IS 'App deep link or path opened on tap.';
COMMENT ON COLUMN ntf_notifications.entity_type IS 'Kind of row the notification is about (a ref_entity_types key).';
COMMENT ON COLUMN ntf_notifications.group_key IS 'Collapses repeats, e.g. post.liked:<post id>.';
COMMENT ON COLUMN ntf_notifications.actor_count IS 'Actors folded into this notification through group_key.';
COMMENT ON COLUMN ntf_notifications.data IS 'Template variables and client payload.';
COMMENT ON COLUMN ntf_notifications.seen_at IS 'When the member opened the notification list with this in it.';
COMMENT ON COLUMN ntf_notifications.read_at IS 'When the member opened the notification itself.';
COMMENT ON COLUMN ntf_notifications.expires_at IS 'After this the notification is hidden and may be purged.';
COMMENT ON TABLE org_announcements IS 'Notices and circulars an organization posts to its members or the public.';
COMMENT ON COLUMN org_announcements.published_at IS 'When it was published; null while a draft.';
COMMENT ON COLUMN org_announcements.expires_at IS 'After this instant it is no longer shown.';
COMMENT ON COLUMN org_announcements.deleted_at IS 'When the row was soft-deleted.';
COMMENT ON TABLE org_committees IS 'Committees of an organization (executive, technical, disease-control …), optionally nested.';
COMMENT ON COLUMN org_committees.parent_committee_id IS 'Committee this one is a sub-committee of.';
COMMENT ON TABLE org_contact_info IS 'Public contact details and postal address of an organization (one row each).';
COMMENT ON COLUMN org_contact_info.phone IS 'E.164 number.';
COMMENT ON COLUMN org_contact_info.alternate_phone IS 'E.164 number.';
COMMENT ON COLUMN org_contact_info.whatsapp_number IS 'E.164 number.';
COMMENT ON COLUMN org_contact_info.pin_code IS 'Indian postal PIN code.';
COMMENT ON COLUMN org_contact_info.is_public IS 'Whether non-members can see these details.';
COMMENT ON TABLE org_leadership IS 'Office bearers (president, secretary, treasurer …) with their terms; may or may not be PoultryCo members.';
COMMENT ON COLUMN org_leadership.profile_id IS 'The office bearer''s profile when they are on PoultryCo.';
COMMENT ON COLUMN org_leadership.designation IS 'Office held, e.g. President or Joint Secretary.';
COMMENT ON TABLE org_membership_tiers IS 'Membership categories an organization offers (life, annual, corporate, student …) with fees in INR.';
COMMENT ON COLUMN org_membership_tiers.fee_amount IS 'Fee per billing period, in INR, before GST.';
COMMENT ON COLUMN org_membership_tiers.gst_rate_percent IS 'GST rate charged on the fee.';
COMMENT ON COLUMN org_membership_tiers.admission_fee_amount IS 'One-time entrance fee, in INR.';
COMMENT ON TABLE org_offices IS 'Offices of an organization (head office, state and district offices).';
COMMENT ON COLUMN org_offices.phone IS 'E.164 number.';
COMMENT ON COLUMN org_offices.is_primary IS 'The office shown first; at most one per organization.';
COMMENT ON TABLE org_resources IS 'Documents, circulars, guidelines and links an organization publishes to members or the public.';
COMMENT ON COLUMN org_resources.language_code IS 'ISO 639-1 code of the content language (en, hi, ta, te, mr …).';
COMMENT ON COLUMN org_resources.published_at IS 'When it became visible; null while a draft.';
COMMENT ON COLUMN org_resources.deleted_at IS 'When the row was soft-deleted.';
COMMENT ON TABLE org_roles IS 'Roles an organization defines for its members and the permissions they grant.';
COMMENT ON COLUMN org_roles.is_system_role IS 'Built-in role (owner, admin) that cannot be deleted.';
COMMENT ON TABLE org_stats IS 'Denormalised counters per organization, refreshed by triggers and jobs.';
COMMENT ON TABLE prd_products IS 'Products a business lists in the marketplace — feed, medicines, vaccines, equipment, chicks, eggs.';
COMMENT ON COLUMN prd_products.business_id IS 'Selling business.';
COMMENT ON COLUMN prd_products.category_id IS 'Most specific category (legacy primary_category_id / product_category).';
COMMENT ON COLUMN prd_products.category_path IS 'Ancestor category ids, root first, denormalised from ref_product_categories for subtree filters.';
COMMENT ON COLUMN prd_products.name IS 'Legacy product_name.';
COMMENT ON COLUMN prd_products.slug IS 'URL key within the business (new; legacy rows get one derived from the name).';
COMMENT ON COLUMN prd_products.sku IS 'Seller''s product code (legacy product_code).';
COMMENT ON COLUMN prd_products.description IS 'Legacy full_description.';
COMMENT ON COLUMN prd_products.specifications IS 'Free-form label -> value pairs, e.g. crude protein %, energy kcal/kg.';
COMMENT ON COLUMN prd_products.bird_stages IS 'Legacy age_groups.';
COMMENT ON COLUMN prd_products.certifications IS 'e.g. {FSSAI,BIS,GMP}.';
COMMENT ON COLUMN prd_products.hsn_code IS 'HSN code for GST invoices (4, 6 or 8 digits); defaults from the category.';
COMMENT ON COLUMN prd_products.gst_rate IS 'GST rate in percent.';
COMMENT ON COLUMN prd_products.is_prescription_required IS 'Veterinary medicine sold only against a vet''s prescription (Schedule H and similar).';
COMMENT ON COLUMN prd_products.is_price_visible IS 'Legacy show_price; hidden prices are shared on enquiry.';
COMMENT ON COLUMN prd_products.price IS 'Selling price in INR per price_unit.';
COMMENT ON COLUMN prd_products.mrp IS 'Maximum retail price in INR.';
COMMENT ON COLUMN prd_products.price_unit IS 'e.g. ''per 50 kg bag'', ''per 1000 doses''.';
COMMENT ON COLUMN prd_products.is_available IS 'In stock / can be supplied now.';
COMMENT ON COLUMN prd_products.status IS 'Legacy is_published.';
COMMENT ON COLUMN prd_products.deleted_at IS 'When the row was soft-deleted.';
COMMENT ON TABLE soc_follows IS 'One-way follows of a member, a business page or an organization page.';
COMMENT ON COLUMN soc_follows.target_type IS 'Which of the followed_* columns is set.';
COMMENT ON TABLE soc_posts IS 'Posts in the social feed, written by a member, optionally on behalf of a business or organization page.';
COMMENT ON COLUMN soc_posts.author_id IS 'Member who wrote the post.';
COMMENT ON COLUMN soc_posts.business_id IS 'Business page the post is published as; null for a personal post.';
COMMENT ON COLUMN soc_posts.organization_id IS 'Organization page the post is published as; null for a personal post.';
COMMENT ON COLUMN soc_posts.content IS 'Body text (up to 10,000 characters); may be null for a photo, video or poll post.';
COMMENT ON COLUMN soc_posts.language_code IS 'BCP 47 language of the content, e.g. en, hi, ta, te, mr.';
COMMENT ON COLUMN soc_posts.link_url IS 'Shared link of a link post.';
COMMENT ON COLUMN soc_posts.media_urls IS 'Legacy media URLs; superseded by soc_post_media (y1).';
COMMENT ON COLUMN soc_posts.state_code IS 'Two-letter Indian state code the post is about, e.g. TN.';
COMMENT ON COLUMN soc_posts.district IS 'District the post is about; used for local feeds and disease alerts.';
COMMENT ON COLUMN soc_posts.is_pinned IS 'Pinned to the top of the author''s (or page''s) profile.';
COMMENT ON COLUMN soc_posts.scheduled_at IS 'When a scheduled post is to be published.';
COMMENT ON COLUMN soc_posts.published_at IS 'When the post went live; null while a draft.';
COMMENT ON COLUMN soc_posts.edited_at IS 'Last time the author edited the content.';
COMMENT ON COLUMN soc_posts.like_count IS 'Denormalised count of soc_post_likes.';
COMMENT ON COLUMN soc_posts.comment_count IS 'Denormalised count of visible soc_post_comments.';
COMMENT ON COLUMN soc_posts.share_count IS 'Denormalised count of soc_post_shares and outbound shares.';
COMMENT ON COLUMN soc_posts.bookmark_count IS 'Denormalised count of soc_post_bookmarks.';
COMMENT ON COLUMN soc_posts.view_count IS 'Denormalised count of soc_post_views.';
COMMENT ON COLUMN soc_posts.metadata IS 'Link preview and client details captured when the post was written.';
COMMENT ON COLUMN soc_posts.deleted_at IS 'When the row was soft-deleted.';
COMMENT ON TABLE sup_submissions IS 'Feedback and support requests from members and visitors; the support desk''s tickets.';
COMMENT ON COLUMN sup_submissions.reference_number IS 'Number quoted to the member, e.g. PC-2025-000123.';
COMMENT ON COLUMN sup_submissions.profile_id IS 'Member who submitted; null for anonymous visitors.';
COMMENT ON COLUMN sup_submissions.contact_phone IS 'E.164 phone number.';
COMMENT ON COLUMN sup_submissions.rating IS 'Star rating given with general feedback.';
COMMENT ON COLUMN sup_submissions.sentiment IS 'Detected sentiment of the message.';
COMMENT ON COLUMN sup_submissions.language IS 'BCP 47 language of the message, e.g. en, hi, te.';
COMMENT ON COLUMN sup_submissions.page_url IS 'Screen or page the member was on.';
COMMENT ON COLUMN sup_submissions.entity_type IS 'Kind of record the submission is about (soc_posts, prd_products, biz_profiles …).';
COMMENT ON COLUMN sup_submissions.entity_id IS 'Id of that record.';
COMMENT ON COLUMN sup_submissions.assigned_to_id IS 'Staff member handling the submission.';
COMMENT ON COLUMN sup_submissions.workflow_id IS 'Workflow that last routed the submission.';
COMMENT ON TABLE usr_profile_skills IS 'Skills a member lists, from the shared ref_skills catalogue.';
COMMENT ON COLUMN usr_profile_skills.endorsement_count IS 'Denormalised count of usr_skill_endorsements.';
COMMENT ON TABLE biz_contact_persons IS 'Team members listed as the contact for sales, orders, technical help … of a business.';
COMMENT ON COLUMN biz_contact_persons.team_member_id IS 'The team member acting as contact; with business_id it references biz_team_members (legacy profile_id + ''contact_must_be_team_member'').';
COMMENT ON COLUMN biz_contact_persons.available_hours IS 'Free text, e.g. ''Mon-Sat 9am-6pm''.';
COMMENT ON COLUMN biz_contact_persons.languages IS 'ISO 639-1 codes spoken, e.g. {ta,te,hi,en}.';
COMMENT ON TABLE evt_exhibitors IS 'Companies exhibiting at an event''s expo.';
COMMENT ON COLUMN evt_exhibitors.primary_contact_id IS 'Member who manages the booth on PoultryCo.';
COMMENT ON COLUMN evt_exhibitors.contact_phone IS 'E.164 number.';
COMMENT ON COLUMN evt_exhibitors.gstin IS 'For the stall invoice.';
COMMENT ON COLUMN evt_exhibitors.product_categories IS 'What they show (feed, vaccines, equipment …).';
COMMENT ON TABLE evt_sessions IS 'Agenda items of an event (talks, panels, workshops, farm visits, breaks).';
COMMENT ON COLUMN evt_sessions.track IS 'Parallel track or hall name.';
COMMENT ON TABLE evt_speakers IS 'Speakers, panelists, moderators and chief guests of an event (one row per person per event).';
COMMENT ON COLUMN evt_speakers.profile_id IS 'The speaker''s profile when on PoultryCo.';
COMMENT ON COLUMN evt_speakers.affiliation IS 'Company, university or institute.';
COMMENT ON TABLE evt_sponsor_tiers IS 'Sponsorship levels of an event (title, platinum, gold …).';
COMMENT ON COLUMN evt_sponsor_tiers.tier_level IS '1 is the most prominent tier.';
COMMENT ON COLUMN evt_sponsor_tiers.price IS 'Sponsorship amount in INR, before GST.';
COMMENT ON TABLE evt_ticket_types IS 'Ticket categories of an event with price (INR) and quantity.';
COMMENT ON COLUMN evt_ticket_types.price IS 'Price per ticket in INR, before GST.';
COMMENT ON COLUMN evt_ticket_types.quantity_total IS 'Null for unlimited.';
COMMENT ON COLUMN evt_ticket_types.is_members_only IS 'Only members of the organizing organization may buy it.';
COMMENT ON TABLE mkt_content_ideas IS 'Backlog of content ideas before they are turned into content items.';
COMMENT ON COLUMN mkt_content_ideas.segment_id IS 'Segment the idea is mainly for.';
COMMENT ON COLUMN mkt_content_ideas.content_type_id IS 'Suggested format.';
COMMENT ON COLUMN mkt_content_ideas.source_reference IS 'Link or note on the origin (article URL, support ticket number …).';
COMMENT ON COLUMN mkt_content_ideas.target_month_on IS 'First day of the month the idea should ship in.';
COMMENT ON TABLE mkt_topic_segments IS 'Which stakeholder segments a topic serves, and how strongly.';
COMMENT ON COLUMN mkt_topic_segments.relevance IS '5 is most relevant.';
COMMENT ON TABLE msg_messages IS 'Messages in a conversation.';
COMMENT ON COLUMN msg_messages.sender_id IS 'Member who sent it; null for system messages and deleted accounts.';
COMMENT ON COLUMN msg_messages.client_message_id IS 'Id given by the sending app; makes retries and offline replays idempotent.';
COMMENT ON COLUMN msg_messages.attachment_urls IS 'Legacy attachment URLs; superseded by msg_attachments (y1).';
COMMENT ON COLUMN msg_messages.metadata IS 'Payload of non-text messages.';
COMMENT ON COLUMN msg_messages.deleted_at IS 'When the row was soft-deleted.';
COMMENT ON TABLE nec_annotations IS 'Expert notes on the price series (why a zone spiked, a trend, an anomaly, an outlook), optionally pinned to a zone, a date or one price row.';
COMMENT ON COLUMN nec_annotations.author_id IS 'Expert who wrote the annotation (legacy expert_id).';
COMMENT ON COLUMN nec_annotations.price_id IS 'Price row the note is pinned to.';
COMMENT ON COLUMN nec_annotations.zone_id IS 'Zone the note is about; null for an all-India note.';
COMMENT ON COLUMN nec_annotations.annotation_date IS 'Date the note is about (legacy date); null for a general note.';
COMMENT ON COLUMN nec_annotations.is_approved IS 'False while a moderator reviews a note from a non-verified expert.';
COMMENT ON COLUMN nec_annotations.deleted_at IS 'When the row was soft-deleted.';
COMMENT ON TABLE org_committee_members IS 'Members sitting on a committee and their role on it.';
COMMENT ON TABLE org_member_invitations IS 'Invitations to join an organization, by profile, e-mail or phone.';
COMMENT ON COLUMN org_member_invitations.invitee_phone IS 'E.164 number.';
COMMENT ON COLUMN org_member_invitations.token_hash IS 'SHA-256 (hex) of the invitation token; the token itself is never stored.';
COMMENT ON TABLE org_members IS 'Membership of a profile in an organization.';
COMMENT ON COLUMN org_members.role_id IS 'Role inside the organization; null is a plain member.';
COMMENT ON COLUMN org_members.membership_number IS 'Number the organization issued.';
COMMENT ON COLUMN org_members.expires_on IS 'End of the paid-up period; null for life / honorary members.';
COMMENT ON COLUMN org_members.representing_business_name IS 'Firm the member represents for corporate tiers.';
COMMENT ON COLUMN org_members.is_directory_visible IS 'Listed in the organization''s member directory.';
COMMENT ON TABLE org_membership_applications IS 'Requests to join an organization and their review.';
COMMENT ON COLUMN org_membership_applications.statement IS 'Why the applicant wants to join.';
COMMENT ON COLUMN org_membership_applications.answers IS 'Answers to the organization''s application questions.';
COMMENT ON TABLE org_membership_history IS 'Append-only log of membership changes (join, renewal, tier or role change, exit).';
COMMENT ON COLUMN org_membership_history.actor_id IS 'Who made the change; null when automatic (e.g. expiry).';
COMMENT ON TABLE prd_images IS 'Photos of a product; one may be primary.';
COMMENT ON TABLE prd_reviews IS 'Ratings and reviews of a product by members; one per member per product.';
COMMENT ON COLUMN prd_reviews.title IS 'Legacy review_title.';
COMMENT ON COLUMN prd_reviews.body IS 'Legacy review_text.';
COMMENT ON COLUMN prd_reviews.is_verified_purchase IS 'The reviewer has a delivered order of this product.';
COMMENT ON COLUMN prd_reviews.status IS 'Legacy is_approved.';
COMMENT ON TABLE que_sms IS 'Outbound SMS waiting to be sent or tracked to delivery (OTPs, alerts, reminders) via a DLT-registered template.';
COMMENT ON COLUMN que_sms.recipient_phone IS 'E.164 mobile number.';
COMMENT ON COLUMN que_sms.profile_id IS 'Recipient member when known.';
COMMENT ON COLUMN que_sms.sender_id IS 'DLT-registered header, e.g. PLTRCO.';
COMMENT ON COLUMN que_sms.dlt_template_id IS 'TRAI DLT content template id the body was rendered from.';
COMMENT ON COLUMN que_sms.body IS 'Rendered message text.';
COMMENT ON COLUMN que_sms.credential_id IS 'Provider account used to send.';
COMMENT ON COLUMN que_sms.priority IS '1 is the most urgent (OTPs).';
COMMENT ON COLUMN que_sms.scheduled_at IS 'Not sent before this instant (quiet hours for promotional SMS).';
COMMENT ON COLUMN que_sms.expires_at IS 'Not sent after this instant (e.g. OTP validity).';
COMMENT ON COLUMN que_sms.locked_by IS 'Worker that claimed the row.';
COMMENT ON COLUMN que_sms.segments IS 'Billable SMS parts.';
COMMENT ON COLUMN que_sms.cost IS 'Provider charge in INR.';
COMMENT ON COLUMN que_sms.source_type IS 'What produced the SMS, e.g. ntf_notifications (polymorphic, no FK).';
COMMENT ON TABLE que_whatsapp IS 'Outbound WhatsApp Business messages (approved templates, or free-form replies inside the 24-hour service window).';
COMMENT ON COLUMN que_whatsapp.recipient_phone IS 'E.164 WhatsApp number.';
COMMENT ON COLUMN que_whatsapp.credential_id IS 'WhatsApp Business number (phone number id) that sends.';
COMMENT ON COLUMN que_whatsapp.template_name IS 'Approved template name.';
COMMENT ON COLUMN que_whatsapp.template_language IS 'Template language code, e.g. en, hi, ta, te, mr, kn.';
COMMENT ON COLUMN que_whatsapp.template_params IS 'Values for the template placeholders.';
COMMENT ON COLUMN que_whatsapp.body IS 'Text of a free-form message.';
COMMENT ON COLUMN que_whatsapp.media_url IS 'Image/document/video link for media messages.';
COMMENT ON COLUMN que_whatsapp.provider_message_id IS 'WhatsApp message id (wamid.…).';
COMMENT ON COLUMN que_whatsapp.cost IS 'Conversation/message charge in INR.';
COMMENT ON TABLE soc_post_bookmarks IS 'Posts a member saved to read later.';
COMMENT ON TABLE soc_post_comments IS 'Comments on posts; a reply points at its parent comment on the same post.';
COMMENT ON COLUMN soc_post_comments.parent_comment_id IS 'Comment this one replies to (on the same post).';
COMMENT ON COLUMN soc_post_comments.like_count IS 'Denormalised count of soc_comment_likes.';
COMMENT ON COLUMN soc_post_comments.reply_count IS 'Denormalised count of direct replies.';
COMMENT ON COLUMN soc_post_comments.deleted_at IS 'When the row was soft-deleted.';
COMMENT ON TABLE soc_post_likes IS 'One like per member per post.';
COMMENT ON COLUMN soc_post_likes.profile_id IS 'Member who liked the post.';
COMMENT ON TABLE soc_post_reports IS 'Members'' reports of posts that may break the community guidelines; one per reporter per post.';
COMMENT ON COLUMN soc_post_reports.reviewer_id IS 'Moderator who reviewed the report.';
COMMENT ON TABLE soc_post_shares IS 'Reshares of a post inside the PoultryCo feed, optionally with the resharer''s own commentary.';
COMMENT ON COLUMN soc_post_shares.post_id IS 'The post being reshared.';
COMMENT ON COLUMN soc_post_shares.profile_id IS 'Member who reshared it.';
COMMENT ON COLUMN soc_post_shares.commentary IS 'Text the member added on top of the reshared post.';
COMMENT ON TABLE soc_post_tags IS 'Hashtags attached to posts.';
COMMENT ON COLUMN soc_post_tags.tag IS 'Lower-case tag without the leading ''#'', e.g. layerfarming.';
COMMENT ON TABLE soc_post_views IS 'Impressions of posts, one row per view (high volume, append-only); drives view_count and feed ranking.';
COMMENT ON COLUMN soc_post_views.viewer_id IS 'Member who viewed; null for a signed-out visitor.';
COMMENT ON COLUMN soc_post_views.dwell_ms IS 'Milliseconds the post was on screen.';
COMMENT ON TABLE sup_comments IS 'Conversation on a submission; internal notes are visible to staff only.';
COMMENT ON COLUMN sup_comments.is_internal IS 'Staff-only note.';
COMMENT ON COLUMN sup_comments.response_template_id IS 'Canned reply the comment started from.';
COMMENT ON COLUMN sup_comments.deleted_at IS 'When the row was soft-deleted.';
COMMENT ON TABLE sup_submission_tags IS 'Tags on submissions.';
COMMENT ON COLUMN sup_submission_tags.tagged_by_id IS 'Staff member who tagged; null when a workflow did.';
COMMENT ON COLUMN sup_submission_tags.is_automatic IS 'Added by a workflow or classifier.';
COMMENT ON TABLE usr_skill_endorsements IS 'One endorsement per member per listed skill.';
COMMENT ON COLUMN usr_skill_endorsements.endorser_id IS 'Member who endorses; never the skill''s owner (enforced by the application).';
COMMENT ON TABLE evt_expo_stalls IS 'Stalls of an event''s expo floor and who booked them.';
COMMENT ON COLUMN evt_expo_stalls.width_m IS 'Frontage in metres.';
COMMENT ON COLUMN evt_expo_stalls.price IS 'INR, before GST.';
COMMENT ON TABLE evt_feedback_responses IS 'Attendee ratings and comments for an event or one of its sessions.';
COMMENT ON COLUMN evt_feedback_responses.session_id IS 'Null for feedback on the whole event.';
COMMENT ON COLUMN evt_feedback_responses.nps_score IS 'How likely to recommend the event, 0-10.';
COMMENT ON COLUMN evt_feedback_responses.is_anonymous IS 'Hide the author from organizers.';
COMMENT ON TABLE evt_registrations IS 'One attendee''s registration for an event: a member, or a guest identified by name and contact.';
COMMENT ON COLUMN evt_registrations.profile_id IS 'The attendee; null for guests without an account.';
COMMENT ON COLUMN evt_registrations.ticket_type_id IS 'Null for events without tickets.';
COMMENT ON COLUMN evt_registrations.confirmation_code IS 'Short code shown on the e-ticket.';
COMMENT ON COLUMN evt_registrations.qr_token_hash IS 'SHA-256 (hex) of the badge QR token.';
COMMENT ON COLUMN evt_registrations.attendee_phone IS 'E.164 number.';
COMMENT ON COLUMN evt_registrations.amount_paid IS 'INR, including GST.';
COMMENT ON COLUMN evt_registrations.payment_reference IS 'Gateway transaction id (no FK: pay_ is not live yet).';
COMMENT ON COLUMN evt_registrations.answers IS 'Answers to the organizer''s registration questions.';
COMMENT ON TABLE evt_resources IS 'Slides, recordings and documents shared for an event or a session.';
COMMENT ON TABLE evt_sponsors IS 'Sponsors of an event with their tier.';
COMMENT ON COLUMN evt_sponsors.amount IS 'Agreed amount in INR (organizer-only).';
COMMENT ON COLUMN evt_sponsors.is_in_kind IS 'Sponsorship in goods or services rather than money.';
COMMENT ON TABLE mkt_content IS 'Content items in production or published; one item may be scheduled on several channels.';
COMMENT ON COLUMN mkt_content.idea_id IS 'Idea the item was developed from.';
COMMENT ON COLUMN mkt_content.segment_id IS 'Primary audience segment.';
COMMENT ON COLUMN mkt_content.brief IS 'Production brief (angle, key messages, references).';
COMMENT ON COLUMN mkt_content.body IS 'Script or copy.';
COMMENT ON COLUMN mkt_content.author_id IS 'Team member producing the item.';
COMMENT ON COLUMN mkt_content.published_at IS 'First time the item went out on any channel.';
COMMENT ON COLUMN mkt_content.cms_post_id IS 'Blog post that carries this item on the website.';
COMMENT ON COLUMN mkt_content.deleted_at IS 'When the row was soft-deleted.';
COMMENT ON TABLE msg_participants IS 'Members of a conversation with their role and read state.';
COMMENT ON COLUMN msg_participants.left_at IS 'When the member left or was removed; they keep read access to earlier messages.';
COMMENT ON COLUMN msg_participants.last_read_message_id IS 'Newest message the member has read.';
COMMENT ON COLUMN msg_participants.is_archived IS 'Hidden from the member''s main inbox.';
COMMENT ON COLUMN msg_participants.cleared_at IS 'The member cleared the chat; earlier messages are hidden for them.';
COMMENT ON TABLE msg_reactions IS 'Emoji reactions to messages; a member may add several different emoji to one message.';
COMMENT ON COLUMN msg_reactions.emoji IS 'The emoji as a Unicode string.';
COMMENT ON TABLE msg_read_receipts IS '"Seen by": one row when a member has read a message.';
COMMENT ON COLUMN msg_read_receipts.created_at IS 'When the member read the message.';
COMMENT ON TABLE nec_annotation_metadata IS 'NECC-specific engagement and verification data of an annotation (1:1); likes, comments and shares live in the shared shr_ tables.';
COMMENT ON COLUMN nec_annotation_metadata.helpful_count IS 'Members who marked the note helpful.';
COMMENT ON COLUMN nec_annotation_metadata.view_count IS 'Legacy views.';
COMMENT ON COLUMN nec_annotation_metadata.is_expert_verified IS 'A second expert confirmed the note (legacy expert_verified).';
COMMENT ON COLUMN nec_annotation_metadata.related_events IS 'Short labels of market events the note relates to, e.g. bird flu in Kerala.';
COMMENT ON TABLE que_offline_messages IS 'Chat messages waiting for a recipient who was offline; drained on reconnect or escalated to a push notification.';
COMMENT ON COLUMN que_offline_messages.expires_at IS 'Undelivered entries are dropped after this instant.';
COMMENT ON TABLE soc_comment_likes IS 'One like per member per comment.';
COMMENT ON TABLE sup_attachments IS 'Screenshots, recordings and documents attached to a submission or one of its comments (stored in S3).';
COMMENT ON COLUMN sup_attachments.comment_id IS 'Comment the file belongs to; null when attached to the submission itself.';
COMMENT ON COLUMN sup_attachments.size_bytes IS 'At most 25 MiB.';
COMMENT ON COLUMN sup_attachments.storage_key IS 'S3 object key.';
COMMENT ON TABLE evt_checkins IS 'Entry and exit scans at an event or one of its sessions.';
COMMENT ON COLUMN evt_checkins.session_id IS 'Session scanned into; null for the event gate.';
COMMENT ON COLUMN evt_checkins.checked_in_by_id IS 'Staff member who scanned; null for self check-in.';
COMMENT ON TABLE mkt_campaign_content IS 'Content items that belong to a campaign.';
COMMENT ON COLUMN mkt_campaign_content.sort_order IS 'Order of the item in the campaign''s sequence.';
COMMENT ON COLUMN mkt_campaign_content.is_hero IS 'The campaign''s lead piece.';
COMMENT ON TABLE mkt_content_schedule IS 'Publication slots; one row puts a content item on one channel at one time, and records the outcome.';
COMMENT ON COLUMN mkt_content_schedule.caption IS 'Channel-specific caption overriding the item''s copy.';
COMMENT ON COLUMN mkt_content_schedule.external_post_id IS 'Id of the post on the platform.';
COMMENT ON TABLE mkt_content_tags IS 'Tags on content items.';
COMMENT ON TABLE eml_campaign_recipients IS 'Recipients enrolled in a campaign and their progress through its steps.';
COMMENT ON COLUMN eml_campaign_recipients.profile_id IS 'Member recipient; null for newsletter-only addresses.';
COMMENT ON COLUMN eml_campaign_recipients.current_step_id IS 'Last step sent.';
COMMENT ON COLUMN eml_campaign_recipients.next_send_at IS 'When the next step is due.';
COMMENT ON COLUMN eml_campaign_recipients.merge_data IS 'Per-recipient template variables.';
COMMENT ON TABLE eml_campaign_steps IS 'Steps of a drip or triggered campaign; each sends a template after a delay.';
COMMENT ON COLUMN eml_campaign_steps.delay_minutes IS 'Wait after the previous step (after enrolment for step 1).';
COMMENT ON COLUMN eml_campaign_steps.send_window_start IS 'Earliest local (IST) time of day to send.';
COMMENT ON COLUMN eml_campaign_steps.send_window_end IS 'Latest local (IST) time of day to send.';
COMMENT ON COLUMN eml_campaign_steps.send_conditions IS 'Conditions under which the step is skipped.';
COMMENT ON TABLE eml_campaigns IS 'E-mail campaigns (broadcasts, drips, newsletters, triggered sequences) with their audience and running totals.';
COMMENT ON COLUMN eml_campaigns.template_id IS 'Template of a broadcast or newsletter; drips and triggered campaigns use their steps.';
COMMENT ON COLUMN eml_campaigns.audience IS 'Audience filter evaluated when recipients are enrolled.';
COMMENT ON COLUMN eml_campaigns.trigger_event IS 'Application event that enrols a recipient in a triggered campaign, e.g. profile.created.';
COMMENT ON COLUMN eml_campaigns.utm_campaign IS 'utm_campaign added to links; equals the marketing campaign''s value when the send is part of one.';
COMMENT ON COLUMN eml_campaigns.opened_count IS 'Unique opens.';
COMMENT ON COLUMN eml_campaigns.clicked_count IS 'Unique clicks.';
COMMENT ON TABLE eml_events IS 'Normalised delivery and engagement events per message (send, delivery, bounce, complaint, open, click …).';
COMMENT ON COLUMN eml_events.queue_id IS 'Queued message the event is about; null once the queue row is purged.';
COMMENT ON COLUMN eml_events.ses_event_id IS 'Raw notification the event was derived from.';
COMMENT ON COLUMN eml_events.bounce_subtype IS 'SES bounceSubType, e.g. General, NoEmail, MailboxFull.';
COMMENT ON COLUMN eml_events.complaint_feedback_type IS 'e.g. abuse, not-spam.';
COMMENT ON COLUMN eml_events.link_url IS 'Link clicked (click events).';
COMMENT ON TABLE eml_suppressions IS 'Addresses that must not receive mail (all mail, or marketing only) after bounces, complaints, unsubscribes or manual action.';
COMMENT ON COLUMN eml_suppressions.source_event_id IS 'Bounce or complaint event that caused the suppression.';
COMMENT ON COLUMN eml_suppressions.expires_at IS 'End of a temporary suppression (soft-bounce limit); null means permanent.';
COMMENT ON COLUMN eml_suppressions.created_by_id IS 'Staff member who added a manual suppression.';
COMMENT ON TABLE eml_queue IS 'Outbound message queue; workers claim queued rows (locked_at / locked_by), send them through SES and record the outcome.';
COMMENT ON COLUMN eml_queue.idempotency_key IS 'Caller''s key that prevents sending the same message twice (e.g. order_receipt:<order id>).';
COMMENT ON COLUMN eml_queue.priority IS '1 is sent first (OTP and security mail).';
COMMENT ON COLUMN eml_queue.sender_id IS 'Null means the category''s default sender.';
COMMENT ON COLUMN eml_queue.profile_id IS 'Member the message is for.';
COMMENT ON COLUMN eml_queue.template_version_id IS 'Version rendered (pinned when queued).';
COMMENT ON COLUMN eml_queue.subject IS 'Rendered subject; null until rendered when a template is used.';
COMMENT ON COLUMN eml_queue.template_data IS 'Variables for rendering the template.';
COMMENT ON COLUMN eml_queue.headers IS 'Extra MIME headers.';
COMMENT ON COLUMN eml_queue.scheduled_at IS 'Not sent before this instant; moved forward on retry (backoff).';
COMMENT ON COLUMN eml_queue.locked_by IS 'Worker that claimed the row.';
COMMENT ON COLUMN eml_queue.ses_message_id IS 'MessageId returned by SES.';
COMMENT ON TABLE eml_template_versions IS 'Immutable-once-published versions of a template (subject, preheader, HTML and text bodies, variables).';
COMMENT ON COLUMN eml_template_versions.subject IS 'Subject with {{variables}}.';
COMMENT ON COLUMN eml_template_versions.preheader IS 'Preview text shown after the subject in inboxes.';
COMMENT ON COLUMN eml_template_versions.text_body IS 'Plain-text alternative; generated from HTML when null.';
COMMENT ON COLUMN eml_template_versions.variables IS 'Variables the template expects.';
COMMENT ON COLUMN eml_template_versions.ses_template_name IS 'Name of the synced SES template, when SES renders it.';
COMMENT ON TABLE eml_templates IS 'Named e-mail templates (welcome, otp_login, necc_daily_digest, order_receipt …); content lives in versions.';
COMMENT ON COLUMN eml_templates.template_key IS 'Stable key application code sends by.';
COMMENT ON COLUMN eml_templates.default_sender_id IS 'Sender used when the caller names none; else the category''s default sender.';
COMMENT ON COLUMN eml_templates.current_version_id IS 'Published version used for new sends.';
COMMENT ON COLUMN eml_templates.preference_key IS 'prf_email_preferences setting that lets a member opt out (e.g. weekly_digest); null for mail that cannot be refused (OTP, receipts).';
